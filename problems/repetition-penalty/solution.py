import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    """Penalise every token that occurs in prev_tokens (CTRL's repetition penalty).

    logits: array (V,). prev_tokens: ids in [0, V) (array or list, may be empty, may repeat).
    penalty: > 0. For each distinct id j in prev_tokens: logits[j] / penalty if logits[j] > 0,
    else logits[j] * penalty. Returns a new float array (V,).
    Raises ValueError if penalty <= 0 or an id is outside [0, V).
    """
    if not penalty > 0:
        raise ValueError(f"penalty must be > 0, got {penalty}")
    out = np.array(logits, dtype=float)  # a float copy: the caller's logits are never changed
    ids = np.unique(np.asarray(prev_tokens, dtype=int))  # each distinct id once, sorted
    V = len(out)
    if ids.size and (ids[0] < 0 or ids[-1] >= V):
        raise ValueError(f"token ids must be in [0, {V})")
    v = out[ids]
    out[ids] = np.where(v > 0, v / penalty, v * penalty)
    return out
