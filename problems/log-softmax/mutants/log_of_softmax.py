"""Takes np.log of a (stable) softmax: probabilities that underflow to 0 give -inf.

Hint: 3
"""
import numpy as np


def logsumexp(x):
    m = x.max(axis=-1, keepdims=True)
    return m[..., 0] + np.log(np.exp(x - m).sum(axis=-1))


def log_softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return np.log(e / e.sum(axis=-1, keepdims=True))
