"""Does not check the token ids, so -1 silently penalises the last token (and V raises IndexError, not ValueError)."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    out = np.array(logits, dtype=float)
    ids = np.unique(np.asarray(prev_tokens, dtype=int))
    v = out[ids]
    out[ids] = np.where(v > 0, v / penalty, v * penalty)
    return out
