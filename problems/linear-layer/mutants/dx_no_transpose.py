"""dx computed as dout @ W instead of dout @ W.T.

Hint: 1
"""


def linear_backward(dout, x, W):
    return dout @ W, x.T @ dout, dout.sum(axis=0)
