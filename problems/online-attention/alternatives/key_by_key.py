"""A Python loop over the keys of each chunk, updating the running maximum, sum and accumulator one key at a time."""
import math

import numpy as np


def online_attention(q, kv_chunks):
    q = np.asarray(q, dtype=float)
    m, l, acc = -math.inf, 0.0, None
    for k, v in kv_chunks:
        if np.shape(k)[0] != np.shape(v)[0]:
            raise ValueError("k and v must have the same number of rows")
        for kj, vj in zip(k, v):
            s = float(np.dot(kj, q)) / math.sqrt(len(q))
            if s > m:
                c = math.exp(m - s)
                l, m = l * c, s
                acc = None if acc is None else acc * c
            w = math.exp(s - m)
            l += w
            acc = w * np.asarray(vj, dtype=float) if acc is None else acc + w * np.asarray(vj, dtype=float)
    if acc is None:
        raise ValueError("no keys")
    return acc / l
