"""einsum with named axes; the softmax-backward row term computed as dout . out (FlashAttention's D)."""
import numpy as np


def attention_backward(dout, q, k, v):
    d = q.shape[-1]
    s = np.einsum("...id,...jd->...ij", q, k) / np.sqrt(d)
    s = s - s.max(axis=-1, keepdims=True)
    p = np.exp(s) / np.exp(s).sum(axis=-1, keepdims=True)
    out = np.einsum("...ij,...je->...ie", p, v)
    row = np.einsum("...ie,...ie->...i", dout, out)[..., None]  # = sum_j p_ij dp_ij
    dp = np.einsum("...ie,...je->...ij", dout, v)
    ds = p * (dp - row) / np.sqrt(d)
    return (np.einsum("...ij,...jd->...id", ds, k),
            np.einsum("...ij,...id->...jd", ds, q),
            np.einsum("...ij,...ie->...je", p, dout))
