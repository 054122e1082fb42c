"""Row max and log-sum-exp without keepdims: they broadcast along the wrong axis.

Hint: 2
"""
import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    C = logits.shape[-1]
    q = targets * (1 - label_smoothing) + label_smoothing / C
    shifted = logits - logits.max(axis=-1)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1))
    return float(-(q * log_p).sum(axis=-1).mean())
