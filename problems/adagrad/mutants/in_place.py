"""Updates the caller's sum_sq and param in place (+=, -=) instead of returning new arrays."""
import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    if np.shape(grad) != np.shape(param) or np.shape(sum_sq) != np.shape(param):
        raise ValueError("param, grad and sum_sq must have one shape")
    sum_sq += grad**2
    param -= lr * grad / (np.sqrt(sum_sq) + eps)
    return param, sum_sq
