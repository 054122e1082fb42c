"""Keeps a copy of every chunk and concatenates them at the end, so memory grows with the number of keys.

Hint: 1
"""
import numpy as np


def online_attention(q, kv_chunks):
    q = np.asarray(q, dtype=float)
    ks, vs = [], []
    for k, v in kv_chunks:
        if len(k) != len(v):
            raise ValueError("a chunk's k and v must have the same number of rows")
        ks.append(np.array(k, dtype=float))
        vs.append(np.array(v, dtype=float))
    if sum(len(k) for k in ks) == 0:
        raise ValueError("no keys")
    K, V = np.concatenate(ks), np.concatenate(vs)
    scores = K @ q / np.sqrt(len(q))
    w = np.exp(scores - scores.max())
    return w @ V / w.sum()
