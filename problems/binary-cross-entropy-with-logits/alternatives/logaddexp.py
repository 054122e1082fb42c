"""Softplus with np.logaddexp: loss = logaddexp(0, x) - x * t."""
import numpy as np


def bce_with_logits(logits, targets):
    x = np.asarray(logits, dtype=float)
    t = np.asarray(targets, dtype=float)
    return np.mean(np.logaddexp(0.0, x) - x * t)
