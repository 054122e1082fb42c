"""logsumexp with np.logaddexp.reduce along the last axis; log_softmax subtracts it."""
import numpy as np


def logsumexp(x):
    return np.logaddexp.reduce(np.asarray(x, dtype=float), axis=-1)


def log_softmax(x):
    x = np.asarray(x, dtype=float)
    return x - np.logaddexp.reduce(x, axis=-1, keepdims=True)
