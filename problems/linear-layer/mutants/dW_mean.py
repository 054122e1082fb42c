"""dW divided by the batch size: x.T @ dout / B."""


def linear_backward(dout, x, W):
    return dout @ W.T, x.T @ dout / len(x), dout.sum(axis=0)
