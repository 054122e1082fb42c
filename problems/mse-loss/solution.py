import numpy as np


def mse_loss(pred, target):
    """Mean squared error between predictions and targets.

    pred, target: float arrays of the same shape (any shape).
    Returns a float: the mean of (pred - target) ** 2 over all entries.
    """
    diff = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    return float(np.mean(diff * diff))


def mse_loss_grad(pred, target):
    """Gradient of mse_loss with respect to pred.

    pred, target: float arrays of the same shape.
    Returns a float array of pred's shape: 2 * (pred - target) / pred.size.
    """
    diff = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    return 2.0 * diff / diff.size
