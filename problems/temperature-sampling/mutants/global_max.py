"""Shifts by the maximum of the whole batch instead of each row's, so a row far below it underflows to 0 / 0 = nan.

Hint: 1
"""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    s = np.asarray(logits, dtype=float) / temperature
    with np.errstate(invalid="ignore"):
        e = np.exp(s - s.max())
        cdf = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
    u = rng.random(s.shape[:-1])
    idx = np.minimum((cdf <= u[..., None]).sum(axis=-1), s.shape[-1] - 1)
    return int(idx) if s.ndim == 1 else idx
