import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    """Multi-head self-attention: project, split into heads, attend per head, merge, project.

    x: float array (B, T, D); Wq, Wk, Wv, Wo: float arrays (D, D); n_heads: int dividing D.
    mask: None or a boolean array broadcastable to (B, n_heads, T, T), True where a query may
    attend to a key (every query has at least one allowed key).
    Returns a new float array (B, T, D). Raises ValueError if n_heads does not divide D.
    """
    x = np.asarray(x, dtype=float)
    B, T, D = x.shape
    if D % n_heads != 0:
        raise ValueError(f"n_heads={n_heads} does not divide D={D}")
    dh = D // n_heads

    def split(a):  # (B, T, D) -> (B, H, T, dh): head h owns columns h*dh .. (h+1)*dh - 1
        return a.reshape(B, T, n_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(dh)  # (B, H, T, T), scaled by the head size
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)  # blocked pairs get weight exactly 0
    scores = scores - scores.max(axis=-1, keepdims=True)  # stable softmax over the keys
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    heads = weights @ v  # (B, H, T, dh)
    merged = heads.transpose(0, 2, 1, 3).reshape(B, T, D)  # heads side by side again
    return merged @ Wo
