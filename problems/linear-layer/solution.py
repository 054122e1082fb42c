import numpy as np


def linear_forward(x, W, b):
    """Fully connected layer: out = x @ W + b.

    x: float array (B, D_in); W: float array (D_in, D_out); b: float array (D_out,).
    Returns a float array (B, D_out).
    """
    return x @ W + b  # b broadcasts over the batch: it is added to every row


def linear_backward(dout, x, W):
    """Gradients of the layer, given dout = dL/dout of shape (B, D_out).

    Returns (dx, dW, db) with the shapes of x (B, D_in), W (D_in, D_out) and b (D_out,).
    """
    dx = dout @ W.T
    dW = x.T @ dout
    db = dout.sum(axis=0)  # b was added to every row, so every row's gradient flows into it
    return dx, dW, db
