import numpy as np


def _sample(weights, u):
    """Smallest index whose normalised cumulative probability exceeds u; if rounding leaves
    every cumulative value <= u, the last index with positive weight."""
    c = np.cumsum(weights / weights.sum())
    j = int((c <= u).sum())  # c is non-decreasing: the count of values <= u is the first index past u
    if j == len(weights):
        j = int(np.flatnonzero(weights > 0)[-1])
    return j


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    """Speculative decoding's verification step (modified rejection sampling).

    draft_tokens (K,) ints; draft_probs (K, V); target_probs (K + 1, V); rng: np.random.Generator.
    For i = 0..K-1: u = rng.random(); accept t = draft_tokens[i] if u < min(1, p[i, t] / q[i, t]).
    At the first rejection: one more rng.random() samples the replacement from
    max(0, p[i] - q[i]) normalised, then stop. If all K are accepted: one more rng.random()
    samples a bonus token from p[K]. Returns the emitted tokens, a 1-D int array.
    Raises ValueError if the shapes do not fit together.
    """
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
