"""np.logaddexp.reduce, with empty slices filled with -inf by hand (the ufunc has no identity)."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    x = np.asarray(x, dtype=float)
    if x.size == 0 or (axis is not None and x.shape[axis] == 0):
        shape = np.sum(x, axis=axis, keepdims=keepdims).shape
        return np.full(shape, -np.inf)[()]
    flat = x.reshape(-1) if axis is None else x
    out = np.logaddexp.reduce(flat, axis=0 if axis is None else axis)
    if keepdims:
        out = np.reshape(out, (1,) * x.ndim) if axis is None else np.expand_dims(out, axis)
    return out
