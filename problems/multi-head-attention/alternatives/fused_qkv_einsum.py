"""One fused (D, 3D) projection, np.split into q, k, v, einsum with named axes and an additive -1e9 mask."""
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    B, T, D = np.shape(x)
    if D % n_heads != 0:
        raise ValueError(f"n_heads={n_heads} does not divide D={D}")
    dh = D // n_heads
    qkv = x @ np.concatenate([Wq, Wk, Wv], axis=1)  # (B, T, 3D)
    q, k, v = (a.reshape(B, T, n_heads, dh) for a in np.split(qkv, 3, axis=-1))
    s = np.einsum("bihd,bjhd->bhij", q, k) / np.sqrt(dh)
    if mask is not None:
        s = s + np.where(mask, 0.0, -1e9)
    s = s - s.max(axis=-1, keepdims=True)
    w = np.exp(s) / np.exp(s).sum(axis=-1, keepdims=True)
    return np.einsum("bhij,bjhd->bihd", w, v).reshape(B, T, D) @ Wo
