"""Loss uses log(sum(exp(z))) - z[y] without shifting by the maximum: exp(1000) overflows.

Hint: 1
"""
import numpy as np


def cross_entropy_loss(logits, targets):
    z = np.asarray(logits, dtype=float)
    lse = np.log(np.exp(z).sum(axis=-1))
    return float(np.mean(lse - z[np.arange(len(z)), targets]))
