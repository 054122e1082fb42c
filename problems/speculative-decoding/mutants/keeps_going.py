"""Does not stop at a rejection: emits the replacement and goes on testing the later draft tokens.

Hint: 2
"""
import numpy as np


def _sample(weights, u):
    c = np.cumsum(weights / weights.sum())
    j = int((c <= u).sum())
    if j == len(weights):
        j = int(np.nonzero(weights > 0)[0][-1])
    return j


def _check(tokens, q, p):
    tokens, q, p = np.asarray(tokens), np.asarray(q, dtype=float), np.asarray(p, dtype=float)
    if tokens.ndim != 1 or q.ndim != 2 or p.ndim != 2 or q.shape[0] != len(tokens) or p.shape != (len(tokens) + 1, q.shape[1]):
        raise ValueError("shapes do not fit")
    return tokens, q, p


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    tokens, q, p = _check(draft_tokens, draft_probs, target_probs)
    K = len(tokens)
    out = []
    rejected = False
    for i in range(K):
        t = int(tokens[i])
        if rng.random() < min(1.0, p[i, t] / q[i, t]):
            out.append(t)
            continue
        out.append(_sample(np.maximum(p[i] - q[i], 0.0), rng.random()))
        rejected = True
    if not rejected:
        out.append(_sample(p[K], rng.random()))
    return np.array(out, dtype=int)
