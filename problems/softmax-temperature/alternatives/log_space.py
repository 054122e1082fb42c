"""Shift, scale, then exp(s - logsumexp(s)) in log space; the overflow to -inf is left to numpy."""
import numpy as np


def softmax_with_temperature(logits, temperature):
    if temperature <= 0 or np.isnan(temperature):
        raise ValueError("temperature must be positive")
    z = np.asarray(logits, dtype=float)
    s = (z - np.max(z, axis=-1, keepdims=True)) / temperature
    lse = np.log(np.sum(np.exp(s), axis=-1, keepdims=True))
    return np.exp(s - lse)
