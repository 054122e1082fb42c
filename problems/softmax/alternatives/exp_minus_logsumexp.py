"""exp(x - logsumexp(x)), with the log-sum-exp shifted by the row maximum."""
import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=float)
    m = x.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(x - m).sum(axis=-1, keepdims=True))
    return np.exp(x - lse)
