import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    """log(sum(exp(x))) along axis, stable for any finite input and for -inf entries.

    x: array-like of any shape; entries finite or -inf.
    axis: int or None (all entries). keepdims: keep the reduced axis (axes) with length 1.
    Returns float values with the shape of a numpy reduction (a numpy float when nothing is
    left). An all -inf slice, or an empty one, gives -inf.
    """
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)  # -inf for an empty slice
    m = np.where(np.isfinite(m), m, 0.0)  # all -inf or empty: shift by 0, the sum is then 0
    with np.errstate(divide="ignore", over="ignore"):  # log(0) = -inf is the right answer
        out = m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
    if not keepdims:
        out = np.squeeze(out, axis=axis)
    return out[()] if out.ndim == 0 else out
