"""Loss averages with axis=0 only: a 2-D batch gives one value per column instead of one float.

Hint: 2
"""
import numpy as np


def mse_loss(pred, target):
    return np.mean((pred - target) ** 2, axis=0)
