"""Loss sums the squared errors instead of averaging them.

Hint: 2
"""
import numpy as np


def mse_loss(pred, target):
    return float(np.sum((pred - target) ** 2))
