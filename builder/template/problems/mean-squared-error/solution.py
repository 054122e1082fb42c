import numpy as np


def mean_squared_error(pred, target):
    """Mean of (pred - target) ** 2 over every element, as a float."""
    diff = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    return float(np.mean(diff ** 2))
