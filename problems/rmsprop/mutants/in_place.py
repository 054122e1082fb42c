"""Updates the caller's sq_avg and param in place (*=, +=, -=) instead of returning new arrays."""
import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    if np.shape(grad) != np.shape(param) or np.shape(sq_avg) != np.shape(param):
        raise ValueError("param, grad and sq_avg must have one shape")
    sq_avg *= alpha
    sq_avg += (1 - alpha) * grad**2
    param -= lr * grad / (np.sqrt(sq_avg) + eps)
    return param, sq_avg
