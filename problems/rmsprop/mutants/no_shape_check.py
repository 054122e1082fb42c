"""Does not check the shapes, so a gradient that broadcasts (shape (1,)) is not a ValueError."""
import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    new_sq_avg = alpha * sq_avg + (1 - alpha) * grad**2
    return param - lr * grad / (np.sqrt(new_sq_avg) + eps), new_sq_avg
