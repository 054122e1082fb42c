import numpy as np


def rnn_step(x, h_prev, Wx, Wh, b):
    """One step of a vanilla RNN: h = tanh(x @ Wx + h_prev @ Wh + b).

    x: (B, D); h_prev: (B, H); Wx: (D, H); Wh: (H, H); b: (H,).
    Returns the new state, a float array (B, H).
    """
    return np.tanh(x @ Wx + h_prev @ Wh + b)


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    """Gradients of rnn_step, given dh = dL/dh of shape (B, H).

    Returns (dx, dh_prev, dWx, dWh, db) with the shapes of x, h_prev, Wx, Wh and b;
    the parameter gradients are summed over the batch.
    """
    h = rnn_step(x, h_prev, Wx, Wh, b)
    da = dh * (1.0 - h * h)  # through tanh: tanh'(a) = 1 - tanh(a)^2, a new array
    dx = da @ Wx.T
    dh_prev = da @ Wh.T
    dWx = x.T @ da
    dWh = h_prev.T @ da
    db = da.sum(axis=0)
    return dx, dh_prev, dWx, dWh, db
