"""Loops over the batch and the queries in float32, with np.where(mask, scores, -1e9); returns a list."""
import numpy as np


def attention(q, k, v, mask=None):
    q, k, v = (np.asarray(a, dtype=np.float32) for a in (q, k, v))
    lead = np.broadcast_shapes(q.shape[:-2], k.shape[:-2], v.shape[:-2])
    tq, tk = q.shape[-2], k.shape[-2]
    if mask is None:
        mask = np.ones((tq, tk), dtype=bool)
    mask = np.broadcast_to(mask, lead + (tq, tk))
    q = np.broadcast_to(q, lead + q.shape[-2:])
    k = np.broadcast_to(k, lead + k.shape[-2:])
    v = np.broadcast_to(v, lead + v.shape[-2:])
    out = np.zeros(lead + (tq, v.shape[-1]), dtype=np.float32)
    weights = np.zeros(lead + (tq, tk), dtype=np.float32)
    scale = np.float32(1.0 / np.sqrt(q.shape[-1]))
    for b in np.ndindex(*lead):
        for i in range(tq):
            s = np.array([np.dot(q[b][i], k[b][j]) * scale for j in range(tk)], dtype=np.float32)
            s = np.where(mask[b][i], s, np.float32(-1e9))
            e = np.exp(s - s.max())
            weights[b][i] = e / e.sum()
            out[b][i] = weights[b][i] @ v[b]
    return [out, weights]
