"""Exponentiates logits / T without subtracting the row maximum, so 1e4 / 1e-3 overflows to inf and the probabilities become nan.

Hint: 1
"""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    s = np.asarray(logits, dtype=float) / temperature
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(s)
        cdf = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
    u = rng.random(s.shape[:-1])
    idx = np.minimum((cdf <= u[..., None]).sum(axis=-1), s.shape[-1] - 1)
    return int(idx) if s.ndim == 1 else idx
