"""Validates with an explicit comparison, then loops over the rows of a (rows, C) reshape."""
import numpy as np


def softmax_with_temperature(logits, temperature):
    t = float(temperature)
    if t <= 0.0 or t != t:
        raise ValueError(f"bad temperature {temperature}")
    z = np.asarray(logits, dtype=float)
    rows = z.reshape(-1, z.shape[-1])
    out = np.zeros(rows.shape)
    with np.errstate(over="ignore"):
        for i, row in enumerate(rows):
            e = np.exp((row - row.max()) / t)
            out[i] = e / e.sum()
    return out.reshape(z.shape)
