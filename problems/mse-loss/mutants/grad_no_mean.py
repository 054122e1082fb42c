"""Gradient forgets the 1/N of the mean: returns 2 (pred - target).

Hint: 2
"""
import numpy as np


def mse_loss_grad(pred, target):
    return 2.0 * (pred - target)
