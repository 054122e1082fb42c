"""Writes -inf into the caller's logits array and returns it."""
import numpy as np


def min_p_filter(logits, min_p):
    if not 0 <= min_p <= 1:
        raise ValueError("min_p must be in [0, 1]")
    ratio = np.exp(logits - logits.max(axis=-1, keepdims=True))
    logits[ratio < min_p] = -np.inf
    return logits
