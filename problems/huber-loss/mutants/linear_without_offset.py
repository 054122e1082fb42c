"""Linear piece written as delta * |r|, without the -0.5 * delta that makes the pieces meet.

Hint: 1
"""
import numpy as np


def huber_loss(pred, target, delta=1.0):
    r = pred - target
    a = np.abs(r)
    return float(np.mean(np.where(a <= delta, 0.5 * r**2, delta * a)))
