"""Computes the residual in place (target_probs[i] -= draft_probs[i]), changing the caller's target_probs."""
import numpy as np


def _sample(weights, u):
    c = np.cumsum(weights / weights.sum())
    j = int((c <= u).sum())
    if j == len(weights):
        j = int(np.nonzero(weights > 0)[0][-1])
    return j


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    K = len(draft_tokens)
    if draft_probs.ndim != 2 or draft_probs.shape[0] != K or target_probs.shape != (K + 1, draft_probs.shape[1]):
        raise ValueError("shapes do not fit")
    out = []
    for i in range(K):
        t = int(draft_tokens[i])
        if rng.random() < min(1.0, target_probs[i, t] / draft_probs[i, t]):
            out.append(t)
            continue
        residual = target_probs[i]
        residual -= draft_probs[i]
        np.maximum(residual, 0.0, out=residual)
        out.append(_sample(residual, rng.random()))
        return np.array(out, dtype=int)
    out.append(_sample(target_probs[K], rng.random()))
    return np.array(out, dtype=int)
