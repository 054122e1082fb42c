"""Normalises the attention weights over the query axis (axis=-2) instead of over the keys (axis=-1).

Hint: 2
"""
import numpy as np

SQRT_2_OVER_PI = np.sqrt(2.0 / np.pi)


def layer_norm(x, g, b, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(axis=-1, keepdims=True)
    return g * xc / np.sqrt(var + eps) + b


def gelu_tanh(u):
    return 0.5 * u * (1.0 + np.tanh(SQRT_2_OVER_PI * (u + 0.044715 * u**3)))


def causal_self_attention(h, w_qkv, b_qkv, w_o, b_o, n_heads):
    B, T, D = h.shape
    Dh = D // n_heads
    qkv = h @ w_qkv + b_qkv                                   # (B, T, 3D)
    q, k, v = qkv[..., :D], qkv[..., D:2 * D], qkv[..., 2 * D:]
    # (B, T, D) -> (B, n_heads, T, Dh): head j gets columns j*Dh ... (j+1)*Dh - 1
    q, k, v = (m.reshape(B, T, n_heads, Dh).transpose(0, 2, 1, 3) for m in (q, k, v))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(Dh)       # (B, n_heads, T, T)
    allowed = np.tril(np.ones((T, T), dtype=bool))            # key j <= query i
    scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)      # the diagonal is finite: no -inf - -inf
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-2, keepdims=True)
    out = (weights @ v).transpose(0, 2, 1, 3).reshape(B, T, D)  # merge the heads back
    return out @ w_o + b_o


def transformer_block(x, params, n_heads):
    """GPT-2's pre-norm transformer block.

    x: (T, D) or (B, T, D); params: dict with ln1_g, ln1_b, w_qkv, b_qkv, w_o, b_o, ln2_g, ln2_b,
    w_fc, b_fc, w_proj, b_proj; n_heads divides D (else ValueError).
    Returns a new float array of the shape of x:
    a = x + attn(layer_norm(x)); out = a + mlp(layer_norm(a)).
    """
    x = np.asarray(x, dtype=float)
    D = x.shape[-1]
    if D % n_heads != 0:
        raise ValueError(f"n_heads={n_heads} does not divide the model width D={D}")
    p = params
    xb = x if x.ndim == 3 else x[None]                        # a (T, D) input is a batch of one
    h = layer_norm(xb, p["ln1_g"], p["ln1_b"])
    a = xb + causal_self_attention(h, p["w_qkv"], p["b_qkv"], p["w_o"], p["b_o"], n_heads)
    h = layer_norm(a, p["ln2_g"], p["ln2_b"])
    out = a + gelu_tanh(h @ p["w_fc"] + p["b_fc"]) @ p["w_proj"] + p["b_proj"]
    return out.reshape(x.shape)
