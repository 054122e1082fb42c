"""Clips probabilities to [1e-12, 1] before the log, so a log-probability of -1000 comes out as -27.6.

Hint: 3
"""
import numpy as np


def logsumexp(x):
    m = x.max(axis=-1, keepdims=True)
    return m[..., 0] + np.log(np.exp(x - m).sum(axis=-1))


def log_softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return np.log(np.clip(e / e.sum(axis=-1, keepdims=True), 1e-12, 1.0))
