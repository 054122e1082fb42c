"""Indexes with np.asarray(prev_tokens) directly, so an empty list becomes a float array and indexing fails."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    out = np.array(logits, dtype=float)
    ids = np.asarray(prev_tokens)
    if ids.size and (ids.min() < 0 or ids.max() >= out.shape[0]):
        raise ValueError("token id out of range")
    v = out[ids]
    out[ids] = np.where(v > 0, v / penalty, v * penalty)
    return out
