"""Returns the most probable token (argmax) of each row instead of sampling with u.

Hint: 2
"""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    s = np.asarray(logits, dtype=float) / temperature
    rng.random(s.shape[:-1])
    idx = np.argmax(s, axis=-1)
    return int(idx) if s.ndim == 1 else idx
