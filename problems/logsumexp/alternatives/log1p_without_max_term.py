"""m + log1p(sum of the other terms): drops the maximum's own e^0 = 1 and uses log1p for the rest."""
import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    x = np.asarray(x, dtype=float)
    if axis is None:
        out = logsumexp(x.reshape(-1), axis=0, keepdims=False)
        return np.reshape(out, (1,) * x.ndim) if keepdims else out
    axis = axis % x.ndim
    n = x.shape[axis]
    if n == 0:
        out = np.full(np.delete(np.array(x.shape), axis), -np.inf)
        return np.expand_dims(out, axis) if keepdims else out[()]
    i = np.argmax(x, axis=axis)
    m = np.take_along_axis(x, np.expand_dims(i, axis), axis=axis)
    safe = np.where(np.isfinite(m), m, 0.0)
    terms = np.exp(x - safe)
    own = np.arange(n).reshape([-1 if a == axis else 1 for a in range(x.ndim)]) == np.expand_dims(i, axis)
    rest = np.sum(np.where(own, 0.0, terms), axis=axis, keepdims=True)
    with np.errstate(divide="ignore"):
        out = np.where(np.isfinite(m), m + np.log1p(rest), -np.inf)
    if not keepdims:
        out = np.squeeze(out, axis=axis)
    return out[()] if out.ndim == 0 else out
