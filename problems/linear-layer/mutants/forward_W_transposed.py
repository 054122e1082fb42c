"""Forward pass uses the (D_out, D_in) convention of PyTorch: x @ W.T + b."""


def linear_forward(x, W, b):
    return x @ W.T + b
