import numpy as np


def huber_loss(pred, target, delta=1.0):
    """Mean Huber loss between predictions and targets.

    pred, target: float arrays of the same shape (any shape); delta: a float > 0.
    Per entry, with r = pred - target: 0.5 * r**2 if |r| <= delta, else delta * (|r| - 0.5 * delta).
    Returns a float: the mean over all entries.
    """
    r = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    a = np.abs(r)
    quadratic = np.minimum(a, delta)  # |r| inside the band, delta outside
    linear = a - quadratic  # 0 inside the band, |r| - delta outside
    per_entry = 0.5 * quadratic**2 + delta * linear
    return float(np.mean(per_entry))


def huber_loss_grad(pred, target, delta=1.0):
    """Gradient of huber_loss (the mean) with respect to pred.

    pred, target: float arrays of the same shape; delta: a float > 0.
    Returns a float array of pred's shape: clip(pred - target, -delta, delta) / pred.size.
    """
    r = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    return np.clip(r, -delta, delta) / r.size
