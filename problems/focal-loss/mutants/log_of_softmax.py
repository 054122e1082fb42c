"""Takes np.log of the softmax probability, which is log(0) = -inf when p_t underflows (a confidently wrong row).

Hint: 1
"""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != (z.shape[0],):
        raise ValueError("targets and logits have different lengths")
    e = np.exp(z - z.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    pt = p[np.arange(len(z)), t]
    return float(np.mean(-((1 - pt) ** gamma) * np.log(pt)))
