"""Writes log1p(exp(-x)) instead of log1p(exp(-|x|)): wrong for negative logits, overflows for very negative ones.

Hint: 2
"""
import numpy as np


def bce_with_logits(logits, targets):
    loss = np.maximum(logits, 0) - logits * targets + np.log1p(np.exp(-logits))
    return float(loss.mean())
