"""Smoothing divides eps by len(logits), the batch size B, instead of the number of classes C."""
import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    q = targets * (1 - label_smoothing) + label_smoothing / len(logits)
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return float(-(q * log_p).sum(axis=-1).mean())
