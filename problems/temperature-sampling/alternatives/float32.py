"""The same inverse-CDF rule with the softmax and the cumulative sum computed in float32."""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("bad temperature")
    s = np.asarray(logits, dtype=np.float32) / np.float32(temperature)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    c = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
    u = rng.random(s.shape[:-1])
    idx = np.minimum((c <= u[..., None]).sum(axis=-1), s.shape[-1] - 1)
    return int(idx) if s.ndim == 1 else idx
