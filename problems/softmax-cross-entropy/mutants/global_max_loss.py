"""The loss's log-sum-exp subtracts the maximum of the whole batch, not each row's own: a row far below it underflows to log(0).

Hint: 1
"""
import numpy as np


def cross_entropy_loss(logits, targets):
    z = np.asarray(logits, dtype=float)
    m = z.max()
    lse = m + np.log(np.exp(z - m).sum(axis=-1))
    picked = z[np.arange(z.shape[0]), np.asarray(targets)]
    return float(np.mean(lse - picked))
