"""Calls np.cumsum without axis=-1, which flattens the batch, so every row after the first has cumulative values above 1.

Hint: 2
"""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    s = np.asarray(logits, dtype=float) / temperature
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    cdf = np.cumsum(e / e.sum(axis=-1, keepdims=True)).reshape(s.shape)
    u = rng.random(s.shape[:-1])
    idx = np.minimum((cdf <= u[..., None]).sum(axis=-1), s.shape[-1] - 1)
    return int(idx) if s.ndim == 1 else idx
