"""Rejects only negative temperatures (temperature < 0), so temperature = 0 is accepted and divides by zero."""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if temperature < 0:
        raise ValueError("temperature must not be negative")
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.asarray(logits, dtype=float) / temperature
        e = np.exp(s - s.max(axis=-1, keepdims=True))
        cdf = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
    u = rng.random(s.shape[:-1])
    idx = np.minimum((cdf <= u[..., None]).sum(axis=-1), s.shape[-1] - 1)
    return int(idx) if s.ndim == 1 else idx
