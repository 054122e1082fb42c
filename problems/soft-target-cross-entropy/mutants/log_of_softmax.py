"""Takes np.log of the softmax: a probability that underflows to 0 gives 0 * log 0 = nan.

Hint: 1
"""
import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    C = logits.shape[-1]
    q = targets * (1 - label_smoothing) + label_smoothing / C
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return float(-(q * np.log(p)).sum(axis=-1).mean())
