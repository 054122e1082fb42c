"""Copies the inputs first, then updates the copies in place with out= ufuncs."""
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    v = np.array(velocity, dtype=float, copy=True)
    np.multiply(v, momentum, out=v)
    np.add(v, grad, out=v)
    p = np.array(param, dtype=float, copy=True)
    p -= lr * v
    return [p, v]
