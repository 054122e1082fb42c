"""dx computed as dout @ W instead of dout @ W.T."""


def linear_backward(dout, x, W):
    return dout @ W, x.T @ dout, dout.sum(axis=0)
