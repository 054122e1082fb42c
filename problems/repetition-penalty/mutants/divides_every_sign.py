"""Divides every seen logit by the penalty, so a negative logit moves towards 0 and its token becomes more likely.

Hint: 2
"""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    out = np.array(logits, dtype=float)
    ids = np.unique(np.asarray(prev_tokens, dtype=int))
    if ids.size and (ids[0] < 0 or ids[-1] >= out.shape[0]):
        raise ValueError("token id out of range")
    out[ids] = out[ids] / penalty
    return out
