"""Uses (1 - t) where t belongs: rewards predicting the wrong class.

Hint: 2
"""
import numpy as np


def bce_with_logits(logits, targets):
    loss = np.maximum(logits, 0) - logits * (1 - targets) + np.log1p(np.exp(-np.abs(logits)))
    return float(loss.mean())
