"""Each chunk's own (max, sum, weighted sum) state merged into the running one with log-sum-exp style rescaling."""
import math

import numpy as np


def online_attention(q, kv_chunks):
    q = np.asarray(q, dtype=np.float64)
    scale = 1.0 / math.sqrt(q.size)
    state = None                                  # (m, l, a)
    for k, v in kv_chunks:
        k, v = np.asarray(k, dtype=np.float64), np.asarray(v, dtype=np.float64)
        if len(k) != len(v):
            raise ValueError("k and v must have the same number of rows")
        if len(k) == 0:
            continue
        s = np.einsum("nd,d->n", k, q) * scale
        m2 = s.max()
        w = np.exp(s - m2)
        l2, a2 = w.sum(), np.einsum("n,nv->v", w, v)
        if state is None:
            state = (m2, l2, a2)
            continue
        m1, l1, a1 = state
        m = max(m1, m2)
        c1, c2 = math.exp(m1 - m), math.exp(m2 - m)
        state = (m, l1 * c1 + l2 * c2, a1 * c1 + a2 * c2)
    if state is None:
        raise ValueError("no keys")
    return state[2] / state[1]
