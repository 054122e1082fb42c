"""A Python loop over set(prev_tokens), with the sign test written as if/else."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if not penalty > 0:
        raise ValueError(f"bad penalty {penalty}")
    out = np.array(logits, dtype=float, copy=True)
    for t in set(int(t) for t in prev_tokens):
        if not 0 <= t < len(out):
            raise ValueError(f"token {t} out of range")
        if out[t] > 0:
            out[t] /= penalty
        else:
            out[t] *= penalty
    return out
