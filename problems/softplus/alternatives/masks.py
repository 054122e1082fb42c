"""Boolean masks filling a new array: x + log1p(e^-x) where x > 0, log1p(e^x) elsewhere; sigmoid via tanh."""
import numpy as np


def softplus(x):
    x = np.asarray(x, dtype=float)
    out = np.empty_like(x)
    pos = x > 0
    out[pos] = x[pos] + np.log1p(np.exp(-x[pos]))
    out[~pos] = np.log1p(np.exp(x[~pos]))
    return out


def softplus_grad(x):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))
