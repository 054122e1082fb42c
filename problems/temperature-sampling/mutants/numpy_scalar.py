"""Returns a numpy integer (or 0-d array) for 1-D logits instead of a Python int."""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    s = np.asarray(logits, dtype=float) / temperature
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    cdf = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
    u = rng.random(s.shape[:-1])
    return np.minimum((cdf <= u[..., None]).sum(axis=-1), s.shape[-1] - 1)
