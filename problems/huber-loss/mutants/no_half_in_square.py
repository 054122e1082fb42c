"""Quadratic piece written as r**2 instead of 0.5 * r**2 (the MSE term, twice too big).

Hint: 1
"""
import numpy as np


def huber_loss(pred, target, delta=1.0):
    r = pred - target
    a = np.abs(r)
    return float(np.mean(np.where(a <= delta, r**2, delta * (a - 0.5 * delta))))
