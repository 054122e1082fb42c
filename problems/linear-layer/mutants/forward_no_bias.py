"""Forward pass forgets the bias: returns x @ W."""


def linear_forward(x, W, b):
    return x @ W
