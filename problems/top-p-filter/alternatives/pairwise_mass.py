"""The sort-free definition: for each entry, sum the probabilities strictly greater than its own (O(C^2))."""
import numpy as np


def top_p_filter(logits, p):
    if not (0 < p <= 1):
        raise ValueError(f"p = {p} is outside (0, 1]")
    z = np.array(logits, dtype=float)
    if p == 1:
        return z
    z_max = z.max(axis=-1, keepdims=True)
    q = np.exp(z - z_max)
    q = q / q.sum(axis=-1, keepdims=True)
    greater = q[..., None, :] > q[..., :, None]  # [..., j, i]: is q_i > q_j ?
    ahead = (greater * q[..., None, :]).sum(axis=-1)
    return np.where(ahead < p, z, -np.inf)
