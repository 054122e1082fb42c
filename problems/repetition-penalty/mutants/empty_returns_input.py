"""Returns the caller's logits array itself when there is nothing to penalise, instead of a new array."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    if len(prev_tokens) == 0 or penalty == 1:
        return logits
    out = np.array(logits, dtype=float)
    ids = np.unique(np.asarray(prev_tokens, dtype=int))
    if ids[0] < 0 or ids[-1] >= out.shape[0]:
        raise ValueError("token id out of range")
    v = out[ids]
    out[ids] = np.where(v > 0, v / penalty, v * penalty)
    return out
