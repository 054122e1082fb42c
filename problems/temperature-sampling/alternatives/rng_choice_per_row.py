"""rng.choice(V, p=row) once per row: numpy draws one rng.random() per call and searches the normalised cumulative sum."""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if temperature <= 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float) / temperature
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    rows = p.reshape(-1, p.shape[-1])
    tokens = np.array([rng.choice(p.shape[-1], p=row) for row in rows], dtype=np.int64)
    if z.ndim == 1:
        return int(tokens[0])
    return tokens.reshape(z.shape[:-1])
