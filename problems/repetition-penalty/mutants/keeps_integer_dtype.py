"""Copies the logits without converting to float, so integer logits are truncated (3 / 2 becomes 1)."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    out = np.array(logits)
    ids = np.unique(np.asarray(prev_tokens, dtype=int))
    if ids.size and (ids[0] < 0 or ids[-1] >= out.shape[0]):
        raise ValueError("token id out of range")
    v = out[ids]
    out[ids] = np.where(v > 0, v / penalty, v * penalty)
    return out
