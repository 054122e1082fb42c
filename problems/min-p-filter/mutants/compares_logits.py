"""Compares the logits with min_p times the largest logit, instead of the probabilities with min_p times the largest probability.

Hint: 1
"""
import numpy as np


def min_p_filter(logits, min_p):
    if not 0 <= min_p <= 1:
        raise ValueError("min_p must be in [0, 1]")
    z = np.asarray(logits, dtype=float)
    return np.where(z < min_p * z.max(axis=-1, keepdims=True), -np.inf, z)
