"""Does not check the shapes, so a gradient that broadcasts (shape (1,)) is not a ValueError."""
import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    new = sum_sq + grad**2
    return param - lr * grad / (np.sqrt(new) + eps), new
