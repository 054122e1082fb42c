"""Writes the penalised values into the caller's logits array and returns it."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    ids = np.unique(np.asarray(prev_tokens, dtype=int))
    if ids.size and (ids[0] < 0 or ids[-1] >= logits.shape[0]):
        raise ValueError("token id out of range")
    v = logits[ids]
    logits[ids] = np.where(v > 0, v / penalty, v * penalty)
    return logits
