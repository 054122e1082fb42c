"""Flattens the leading axes into one batch axis, uses the scipy-free expit 1 / (1 + exp(-u)) with overflow ignored, and reshapes back."""
import numpy as np


def lstm_step(x, h_prev, c_prev, W, b):
    H = h_prev.shape[-1]
    lead = h_prev.shape[:-1]
    xh = np.hstack([x.reshape(-1, x.shape[-1]), h_prev.reshape(-1, H)])
    z = xh @ W + b
    with np.errstate(over="ignore"):
        s = 1.0 / (1.0 + np.exp(-z))  # exp(1e4) = inf gives 1 / inf = 0: the right limit
    i, f, o = s[:, :H], s[:, H:2 * H], s[:, 3 * H:]
    g = np.tanh(z[:, 2 * H:3 * H])
    c = f * c_prev.reshape(-1, H) + i * g
    h = o * np.tanh(c)
    return h.reshape(lead + (H,)), c.reshape(lead + (H,))
