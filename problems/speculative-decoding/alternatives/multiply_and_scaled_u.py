"""Tests u * q(t) < p(t) without a division, and samples by comparing u * total with the unnormalised running sum."""
import numpy as np


def _draw(w, u):
    c = np.cumsum(w)
    j = int(np.searchsorted(c, u * c[-1], side="right"))
    return j if j < len(w) else int(np.flatnonzero(w)[-1])


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    K = len(draft_tokens)
    q = np.asarray(draft_probs, dtype=float)
    p = np.asarray(target_probs, dtype=float)
    if np.ndim(draft_tokens) != 1 or q.shape[:1] != (K,) or q.ndim != 2 or p.shape != (K + 1, q.shape[1]):
        raise ValueError("incompatible shapes")
    emitted = []
    for i, t in enumerate(draft_tokens):
        t = int(t)
        if rng.random() * q[i, t] < p[i, t]:
            emitted.append(t)
        else:
            emitted.append(_draw(np.clip(p[i] - q[i], 0.0, None), rng.random()))
            break
    else:
        emitted.append(_draw(p[K], rng.random()))
    return np.asarray(emitted, dtype=np.int64)
