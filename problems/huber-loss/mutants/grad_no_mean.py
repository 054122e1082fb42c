"""Gradient returns the clipped residual and forgets the 1/N of the mean.

Hint: 2
"""
import numpy as np


def huber_loss_grad(pred, target, delta=1.0):
    return np.clip(pred - target, -delta, delta)
