"""The reference's steps with the probabilities, ratios and cumulative sums in float32."""
import numpy as np


def _sample(w, u):
    c = np.cumsum(w / w.sum(dtype=np.float32))
    j = int((c <= u).sum())
    return j if j < len(w) else int(np.nonzero(w > 0)[0][-1])


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    tokens = np.asarray(draft_tokens)
    q = np.asarray(draft_probs, dtype=np.float32)
    p = np.asarray(target_probs, dtype=np.float32)
    K = tokens.shape[0] if tokens.ndim == 1 else -1
    if K < 0 or q.ndim != 2 or q.shape[0] != K or p.shape != (K + 1, q.shape[1]):
        raise ValueError("bad shapes")
    out = []
    for i in range(K):
        t = int(tokens[i])
        if rng.random() < min(np.float32(1), p[i, t] / q[i, t]):
            out.append(t)
            continue
        out.append(_sample(np.maximum(p[i] - q[i], np.float32(0)), rng.random()))
        return np.array(out, dtype=np.int32)
    out.append(_sample(p[K], rng.random()))
    return np.array(out, dtype=np.int32)
