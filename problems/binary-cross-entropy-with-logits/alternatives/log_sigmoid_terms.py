"""Weights t and 1 - t on stable log-sigmoids, log sigma(x) = -softplus(-x), one per sign of x."""
import numpy as np


def _log_sigmoid(x):
    return -(np.maximum(-x, 0.0) + np.log1p(np.exp(-np.abs(x))))


def bce_with_logits(logits, targets):
    x = np.asarray(logits, dtype=float)
    t = np.asarray(targets, dtype=float)
    per_element = -(t * _log_sigmoid(x) + (1.0 - t) * _log_sigmoid(-x))
    return float(per_element.sum() / per_element.size)
