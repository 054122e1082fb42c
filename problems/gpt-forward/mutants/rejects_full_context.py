"""Rejects T = T_max as too long (T >= T_max instead of T > T_max)."""
import numpy as np

SQRT_2_OVER_PI = np.sqrt(2.0 / np.pi)


def layer_norm(x, g, b, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(axis=-1, keepdims=True)
    return g * xc / np.sqrt(var + eps) + b


def gelu_tanh(u):
    return 0.5 * u * (1.0 + np.tanh(SQRT_2_OVER_PI * (u + 0.044715 * u**3)))


def transformer_block(x, p, n_heads):
    """GPT-2's pre-norm block on one sequence x of shape (T, D)."""
    T, D = x.shape
    Dh = D // n_heads
    h = layer_norm(x, p["ln1_g"], p["ln1_b"])
    qkv = h @ p["w_qkv"] + p["b_qkv"]
    q, k, v = (qkv[:, i * D:(i + 1) * D].reshape(T, n_heads, Dh).transpose(1, 0, 2) for i in range(3))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(Dh)                 # (n_heads, T, T)
    scores = np.where(np.tril(np.ones((T, T), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    attn = (weights @ v).transpose(1, 0, 2).reshape(T, D)
    a = x + attn @ p["w_o"] + p["b_o"]
    h = layer_norm(a, p["ln2_g"], p["ln2_b"])
    return a + gelu_tanh(h @ p["w_fc"] + p["b_fc"]) @ p["w_proj"] + p["b_proj"]


def gpt_forward(tokens, params, n_heads):
    """Logits of a GPT-2 model for one sequence of token ids.

    tokens: 1-D int array (T,); params: dict with wte (V, D), wpe (T_max, D), blocks (a list of
    transformer-block parameter dicts), lnf_g, lnf_b (D,). Raises ValueError if T = 0 or T > T_max.
    Returns logits (T, V) = layer_norm(blocks(wte[tokens] + wpe[:T])) @ wte.T.
    """
    wte, wpe = params["wte"], params["wpe"]
    T, T_max = len(tokens), wpe.shape[0]
    if T == 0 or T >= T_max:
        raise ValueError(f"the sequence length T={T} must be between 1 and T_max={T_max}")
    x = wte[tokens] + wpe[:T]
    for block in params["blocks"]:
        x = transformer_block(x, block, n_heads)
    x = layer_norm(x, params["lnf_g"], params["lnf_b"])
    return x @ wte.T
