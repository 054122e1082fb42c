"""Gradient outside the band is delta instead of delta * sign(r), so negative outliers pull the wrong way.

Hint: 2
"""
import numpy as np


def huber_loss_grad(pred, target, delta=1.0):
    r = pred - target
    return np.where(np.abs(r) <= delta, r, delta) / r.size
