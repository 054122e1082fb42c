"""Computes everything in float32, with a batched block that adds a batch axis of one."""
import numpy as np

f32 = np.float32


def _ln(x, g, b):
    return g * (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + f32(1e-5)) + b


def _block(x, p, n_heads):
    p = {k: v.astype(f32) for k, v in p.items()}
    x = x[None]
    B, T, D = x.shape
    dh = D // n_heads
    qkv = _ln(x, p["ln1_g"], p["ln1_b"]) @ p["w_qkv"] + p["b_qkv"]
    q, k, v = (qkv[..., i * D:(i + 1) * D].reshape(B, T, n_heads, dh).transpose(0, 2, 1, 3) for i in range(3))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(f32(dh))
    s = np.where(np.tril(np.ones((T, T), bool)), s, f32(-np.inf))
    w = np.exp(s - s.max(-1, keepdims=True))
    att = ((w / w.sum(-1, keepdims=True)) @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
    a = x + att @ p["w_o"] + p["b_o"]
    u = _ln(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"] + p["b_fc"]
    gelu = f32(0.5) * u * (1 + np.tanh(f32(np.sqrt(2 / np.pi)) * (u + f32(0.044715) * u**3)))
    return (a + gelu @ p["w_proj"] + p["b_proj"])[0]


def gpt_forward(tokens, params, n_heads):
    tokens = np.asarray(tokens)
    T_max = params["wpe"].shape[0]
    if not 1 <= tokens.shape[0] <= T_max:
        raise ValueError(f"need 1 <= T <= {T_max}")
    wte = params["wte"].astype(f32)
    x = wte[tokens] + params["wpe"][: tokens.shape[0]].astype(f32)
    for blk in params["blocks"]:
        x = _block(x, blk, n_heads)
    return _ln(x, params["lnf_g"].astype(f32), params["lnf_b"].astype(f32)) @ wte.T
