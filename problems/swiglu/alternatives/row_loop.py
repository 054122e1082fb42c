"""Loops over the positions, one vector at a time, with a clipped exponential."""
import numpy as np


def swiglu_ffn(x, W1, W3, W2):
    flat = x.reshape(-1, x.shape[-1])
    out = np.empty((flat.shape[0], W2.shape[1]))
    for n, v in enumerate(flat):
        g = v @ W1
        silu = g / (1 + np.exp(np.clip(-g, -700, 700)))
        out[n] = (silu * (v @ W3)) @ W2
    return out.reshape(x.shape[:-1] + (W2.shape[1],))
