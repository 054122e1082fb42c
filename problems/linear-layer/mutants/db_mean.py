"""db averages dout over the batch instead of summing it.

Hint: 2
"""


def linear_backward(dout, x, W):
    return dout @ W.T, x.T @ dout, dout.mean(axis=0)
