"""Gradient is r / N everywhere, the gradient of the quadratic piece: outliers are not capped.

Hint: 2
"""
import numpy as np


def huber_loss_grad(pred, target, delta=1.0):
    r = pred - target
    return r / r.size
