"""Loss squares the mean error, mean(pred - target) ** 2, so errors of opposite sign cancel.

Hint: 1
"""
import numpy as np


def mse_loss(pred, target):
    return float(np.mean(pred - target) ** 2)
