"""Computes everything in float32, with np.var for the layer norm."""
import numpy as np


def transformer_block(x, params, n_heads):
    f = np.float32
    x = np.asarray(x, dtype=f)
    p = {k: np.asarray(v, dtype=f) for k, v in params.items()}
    D = x.shape[-1]
    if D % n_heads:
        raise ValueError("n_heads must divide D")
    dh = D // n_heads

    def ln(h, g, b):
        return g * (h - h.mean(-1, keepdims=True)) / np.sqrt(h.var(-1, keepdims=True) + f(1e-5)) + b

    xb = x.reshape((-1,) + x.shape[-2:])
    B, T, _ = xb.shape
    qkv = ln(xb, p["ln1_g"], p["ln1_b"]) @ p["w_qkv"] + p["b_qkv"]
    q, k, v = (qkv[..., i * D:(i + 1) * D].reshape(B, T, n_heads, dh).transpose(0, 2, 1, 3) for i in range(3))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(f(dh))
    s = np.where(np.tril(np.ones((T, T), dtype=bool)), s, f(-np.inf))
    w = np.exp(s - s.max(-1, keepdims=True))
    att = (w / w.sum(-1, keepdims=True)) @ v
    a = xb + att.transpose(0, 2, 1, 3).reshape(B, T, D) @ p["w_o"] + p["b_o"]
    u = ln(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"] + p["b_fc"]
    gelu = f(0.5) * u * (f(1) + np.tanh(f(np.sqrt(2 / np.pi)) * (u + f(0.044715) * u**3)))
    return (a + gelu @ p["w_proj"] + p["b_proj"]).reshape(x.shape)
