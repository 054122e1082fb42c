"""Keeps every batch and concatenates them at the end for a two-pass np.mean / np.var, so memory grows with the number of rows.

Hint: 1
"""
import numpy as np


def running_mean_var(batches):
    kept = [np.array(b, dtype=float) for b in batches]
    kept = [b for b in kept if b.shape[0] > 0]
    if not kept:
        raise ValueError("no rows")
    if any(b.shape[1] != kept[0].shape[1] for b in kept):
        raise ValueError("batches disagree on D")
    rows = np.concatenate(kept, axis=0)
    return rows.mean(axis=0), rows.var(axis=0), int(rows.shape[0])
