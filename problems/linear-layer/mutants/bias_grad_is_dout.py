"""db returned as dout itself, one row per example, without summing over the batch.

Hint: 2
"""


def linear_backward(dout, x, W):
    return dout @ W.T, x.T @ dout, dout
