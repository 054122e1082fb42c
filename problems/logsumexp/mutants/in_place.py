"""Subtracts the maximum from the caller's array in place (x -= m), overwriting the input."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    m = np.where(np.isfinite(m), m, 0.0)
    x -= m
    with np.errstate(divide="ignore"):
        out = m + np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
    if not keepdims:
        out = np.squeeze(out, axis=axis)
    return out[()] if out.ndim == 0 else out
