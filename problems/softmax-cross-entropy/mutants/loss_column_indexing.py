"""Loss indexes z[:, targets], which picks every target column for every row (a B x B block).

Hint: 2
"""
import numpy as np


def cross_entropy_loss(logits, targets):
    z = np.asarray(logits, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return float(np.mean(lse - z[:, targets]))
