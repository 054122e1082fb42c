"""log_softmax computed straight from the shifted scores; logsumexp squeezes a keepdims result."""
import numpy as np


def logsumexp(x):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=-1, keepdims=True)
    return np.squeeze(m + np.log(np.sum(np.exp(x - m), axis=-1, keepdims=True)), axis=-1)


def log_softmax(x):
    x = np.asarray(x, dtype=float)
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
