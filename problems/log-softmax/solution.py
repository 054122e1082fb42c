import numpy as np


def logsumexp(x):
    """log(sum(exp(x))) over the last axis of x, computed stably.

    x: float array of shape (..., C) with C >= 1.
    Returns an array of shape x.shape[:-1] (a scalar for 1-D input).
    """
    x = np.asarray(x, dtype=float)
    m = x.max(axis=-1, keepdims=True)
    return m[..., 0] + np.log(np.exp(x - m).sum(axis=-1))


def log_softmax(x):
    """log(softmax(x)) over the last axis of x, computed stably.

    x: float array of shape (..., C) with C >= 1.
    Returns a float array of the same shape as x.
    """
    x = np.asarray(x, dtype=float)
    return x - logsumexp(x)[..., None]
