import numpy as np


def softmax(x):
    """Softmax over the last axis of x, computed stably.

    x: numeric array of any shape (..., C) with C >= 1.
    Returns a float array of the same shape; every slice along the last axis sums to 1.
    """
    x = np.asarray(x, dtype=float)
    shifted = x - x.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)
