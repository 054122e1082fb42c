"""float32, a loop over heads with column slices of the weights, and out = sum_h O_h @ Wo[rows of head h]."""
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    x = np.asarray(x, dtype=np.float32)
    B, T, D = x.shape
    if D % n_heads:
        raise ValueError(f"n_heads={n_heads} does not divide D={D}")
    dh = D // n_heads
    out = np.zeros((B, T, D), dtype=np.float32)
    for h in range(n_heads):
        cols = slice(h * dh, (h + 1) * dh)
        q = x @ np.float32(Wq)[:, cols]
        k = x @ np.float32(Wk)[:, cols]
        v = x @ np.float32(Wv)[:, cols]
        s = q @ k.transpose(0, 2, 1) / np.float32(np.sqrt(dh))
        if mask is not None:
            m = np.broadcast_to(mask, (B, n_heads, T, T))[:, h]
            s = np.where(m, s, np.float32(-np.inf))
        w = np.exp(s - s.max(axis=-1, keepdims=True))
        w /= w.sum(axis=-1, keepdims=True)
        out += (w @ v) @ np.float32(Wo)[cols, :]
    return out
