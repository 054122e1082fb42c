"""A Python loop over the rows: walk the tokens from most to least probable until the sum reaches p."""
import numpy as np


def top_p_filter(logits, p):
    if not 0 < p <= 1:
        raise ValueError("p must satisfy 0 < p <= 1")
    z = np.asarray(logits, dtype=float)
    out = z.copy()
    if p == 1:
        return out
    rows = out.reshape(-1, z.shape[-1])
    for row in rows:
        q = np.exp(row - row.max())
        q /= q.sum()
        total, last = 0.0, None
        for i in sorted(range(len(q)), key=lambda i: -q[i]):
            if total >= p:
                break
            total += q[i]
            last = q[i]
        row[q < last] = -np.inf
    return out
