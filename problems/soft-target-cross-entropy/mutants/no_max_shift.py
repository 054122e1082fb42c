"""Log-sum-exp without subtracting the row maximum: exp overflows for large logits.

Hint: 2
"""
import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    C = logits.shape[-1]
    q = targets * (1 - label_smoothing) + label_smoothing / C
    log_p = logits - np.log(np.exp(logits).sum(axis=-1, keepdims=True))
    return float(-(q * log_p).sum(axis=-1).mean())
