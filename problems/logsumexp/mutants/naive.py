"""Computes log(sum(exp(x))) without the shift: exp overflows to inf for inputs above about 709.

Hint: 1
"""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = 0.0
    with np.errstate(divide="ignore", over="ignore"):
        out = m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
    if not keepdims:
        out = np.squeeze(out, axis=axis)
    return out[()] if out.ndim == 0 else out
