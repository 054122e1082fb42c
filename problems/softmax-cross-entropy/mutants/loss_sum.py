"""Loss sums over the batch instead of taking the mean.

Hint: 2
"""
import numpy as np


def cross_entropy_loss(logits, targets):
    z = np.asarray(logits, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=-1))
    return float(np.sum(lse - z[np.arange(len(z)), targets]))
