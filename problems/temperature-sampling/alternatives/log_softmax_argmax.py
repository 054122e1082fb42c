"""Log-softmax via log-sum-exp, then the first index where cumsum > u found with argmax on a boolean mask."""
import numpy as np


def sample_tokens(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("bad temperature")
    u = rng.random(np.shape(logits)[:-1])
    s = np.asarray(logits, dtype=np.float64) / temperature
    m = np.max(s, axis=-1, keepdims=True)
    log_p = s - (m + np.log(np.sum(np.exp(s - m), axis=-1, keepdims=True)))
    c = np.cumsum(np.exp(log_p), axis=-1)
    above = c > np.expand_dims(u, -1)
    idx = np.where(above.any(axis=-1), np.argmax(above, axis=-1), s.shape[-1] - 1)
    return int(idx) if s.ndim == 1 else idx.astype(np.int32)
