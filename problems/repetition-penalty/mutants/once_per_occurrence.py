"""Applies the penalty once per occurrence in prev_tokens, so a token seen k times is penalised k times.

Hint: 1
"""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be > 0")
    out = np.array(logits, dtype=float)
    V = out.shape[0]
    for t in prev_tokens:
        t = int(t)
        if t < 0 or t >= V:
            raise ValueError("token id out of range")
        out[t] = out[t] / penalty if out[t] > 0 else out[t] * penalty
    return out
