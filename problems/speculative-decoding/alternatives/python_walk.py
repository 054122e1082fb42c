"""Plain Python: a running total walked token by token for sampling, lists for the distributions."""
import numpy as np


def _walk(weights, u):
    total = sum(weights)
    running = 0.0
    last_positive = 0
    for j, w in enumerate(weights):
        if w > 0:
            last_positive = j
        running += w / total
        if running > u:
            return j
    return last_positive


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    tokens = [int(t) for t in np.asarray(draft_tokens).reshape(-1)]
    if np.ndim(draft_tokens) != 1:
        raise ValueError("draft_tokens must be 1-D")
    q = np.asarray(draft_probs, dtype=float).tolist()
    p = np.asarray(target_probs, dtype=float).tolist()
    V = len(p[0]) if p else 0
    if len(q) != len(tokens) or len(p) != len(tokens) + 1 or np.ndim(draft_probs) != 2 or any(len(r) != V for r in q + p):
        raise ValueError("shapes do not match")
    result = []
    for i, t in enumerate(tokens):
        if rng.random() < min(1.0, p[i][t] / q[i][t]):
            result.append(t)
            continue
        residual = [max(0.0, a - b) for a, b in zip(p[i], q[i])]
        result.append(_walk(residual, rng.random()))
        return np.array(result)
    result.append(_walk(p[len(tokens)], rng.random()))
    return np.array(result)
