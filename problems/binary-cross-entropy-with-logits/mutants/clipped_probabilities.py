"""Clips the sigmoid into [1e-7, 1 - 1e-7]: finite, but a logit of -1e4 with target 1 costs 16, not 1e4.

Hint: 1
"""
import numpy as np


def bce_with_logits(logits, targets):
    p = 1.0 / (1.0 + np.exp(-np.clip(logits, -500, 500)))
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return float(np.mean(-(targets * np.log(p) + (1 - targets) * np.log(1 - p))))
