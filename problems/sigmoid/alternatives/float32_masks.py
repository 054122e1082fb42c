"""Boolean masks pick the stable branch per sign, all arithmetic in float32."""
import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=np.float32)
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1 / (1 + np.exp(-x[pos]))
    e = np.exp(x[~pos])
    out[~pos] = e / (1 + e)
    return out


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1 - s)
