"""The stable softmax computed in float32 (returns a float32 array)."""
import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=np.float32)
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
