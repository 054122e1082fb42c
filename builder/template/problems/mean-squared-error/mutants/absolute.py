"""Averages the absolute errors (MAE), not the squared ones."""
import numpy as np


def mean_squared_error(pred, target):
    return float(np.mean(np.abs(np.asarray(pred, dtype=float) - np.asarray(target, dtype=float))))
