"""Never checks that the shapes fit together, so mismatched inputs return tokens instead of raising ValueError."""
import numpy as np


def _sample(weights, u):
    c = np.cumsum(weights / weights.sum())
    j = int((c <= u).sum())
    if j == len(weights):
        j = int(np.nonzero(weights > 0)[0][-1])
    return j


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    q = np.asarray(draft_probs, dtype=float)
    p = np.asarray(target_probs, dtype=float)
    out = []
    for i in range(len(draft_tokens)):
        t = int(draft_tokens[i])
        if rng.random() < min(1.0, p[i, t] / q[i, t]):
            out.append(t)
            continue
        out.append(_sample(np.maximum(p[i] - q[i], 0.0), rng.random()))
        return np.array(out, dtype=int)
    out.append(_sample(p[len(draft_tokens)], rng.random()))
    return np.array(out, dtype=int)
