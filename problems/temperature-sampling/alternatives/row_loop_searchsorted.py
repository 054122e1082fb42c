"""A loop over the rows drawing rng.random() once per row (the same stream), with np.searchsorted(side="right")."""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if temperature <= 0:
        raise ValueError("temperature must be positive")
    z = np.asarray(logits, dtype=float)
    rows = z.reshape(-1, z.shape[-1])
    out = np.empty(rows.shape[0], dtype=np.int64)
    for i, row in enumerate(rows):
        u = rng.random()
        s = row / temperature
        p = np.exp(s - np.max(s))
        c = np.cumsum(p / p.sum())
        out[i] = min(int(np.searchsorted(c, u, side="right")), len(row) - 1)
    if z.ndim == 1:
        return int(out[0])
    return out.reshape(z.shape[:-1])
