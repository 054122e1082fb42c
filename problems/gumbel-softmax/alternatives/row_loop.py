"""Draws all uniforms at once, then a Python loop over the rows of a 2-D view with a per-row stable softmax."""
import numpy as np


def gumbel_softmax(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float)
    g = -np.log(-np.log(rng.random(z.shape)))
    rows = ((z + g) / temperature).reshape(-1, z.shape[-1])
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        w = np.exp(row - row.max())
        out[i] = w / w.sum()
    return out.reshape(z.shape)
