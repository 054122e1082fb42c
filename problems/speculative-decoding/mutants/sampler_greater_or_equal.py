"""Samples the smallest index whose cumulative probability is >= u instead of > u, so u = 0 can pick a token of probability 0.

Hint: 1
"""
import numpy as np


def _sample(weights, u):
    c = np.cumsum(weights / weights.sum())
    j = int((c < u).sum())
    if j == len(weights):
        j = int(np.nonzero(weights > 0)[0][-1])
    return j


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    tokens = np.asarray(draft_tokens)
    q = np.asarray(draft_probs, dtype=float)
    p = np.asarray(target_probs, dtype=float)
    if tokens.ndim != 1 or q.ndim != 2 or p.ndim != 2:
        raise ValueError("draft_tokens must be 1-D, draft_probs and target_probs 2-D")
    K = len(tokens)
    if q.shape[0] != K or p.shape != (K + 1, q.shape[1]):
        raise ValueError(f"draft_probs must be (K, V) and target_probs (K + 1, V) for K = {K} draft tokens, "
                         f"got {q.shape} and {p.shape}")
    out = []
    for i in range(K):
        t = int(tokens[i])
        if rng.random() < min(1.0, p[i, t] / q[i, t]):
            out.append(t)
            continue
        residual = np.maximum(p[i] - q[i], 0.0)
        out.append(_sample(residual, rng.random()))  # a fresh draw for the replacement
        return np.array(out, dtype=int)
    out.append(_sample(p[K], rng.random()))  # all accepted: the bonus token
    return np.array(out, dtype=int)
