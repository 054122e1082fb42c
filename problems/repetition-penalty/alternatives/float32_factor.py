"""Multiplies by a per-token factor (1/penalty or penalty) computed in float32, with a mask built by assignment."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    z = np.asarray(logits, dtype=np.float32)
    ids = np.asarray(prev_tokens, dtype=np.int32)
    if ids.size and (ids.min() < 0 or ids.max() >= z.shape[0]):
        raise ValueError("token id out of range")
    seen = np.zeros(z.shape[0], dtype=bool)
    seen[ids] = True
    p = np.float32(penalty)
    factor = np.where(seen, np.where(z > 0, np.float32(1) / p, p), np.float32(1))
    out = np.array(logits, dtype=float)
    return np.where(seen, (z * factor).astype(float), out)
