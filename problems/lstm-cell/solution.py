import numpy as np


def sigmoid(u):
    """Logistic sigmoid without overflow: 1/2 (1 + tanh(u / 2)) is the same function."""
    return 0.5 * (1.0 + np.tanh(0.5 * u))


def lstm_step(x, h_prev, c_prev, W, b):
    """One LSTM step with gate blocks i, f, g, o.

    x: (..., D); h_prev, c_prev: (..., H); W: (D + H, 4H); b: (4H,).
    z = concatenate([x, h_prev], -1) @ W + b; i, f, o = sigmoid of their blocks, g = tanh of its block;
    c = f * c_prev + i * g; h = o * tanh(c). Returns (h, c), each of the shape of h_prev.
    """
    H = h_prev.shape[-1]
    z = np.concatenate([x, h_prev], axis=-1) @ W + b
    i = sigmoid(z[..., 0:H])
    f = sigmoid(z[..., H:2 * H])
    g = np.tanh(z[..., 2 * H:3 * H])
    o = sigmoid(z[..., 3 * H:])
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
