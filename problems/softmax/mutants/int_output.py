"""Allocates the output with np.empty_like(x), so integer input gives an integer (truncated) result."""
import numpy as np


def softmax(x):
    out = np.empty_like(x)
    m = x.max(axis=-1, keepdims=True)
    out[...] = np.exp(x - m)
    out[...] = out / out.sum(axis=-1, keepdims=True)
    return out
