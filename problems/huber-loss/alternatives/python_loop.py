"""A Python loop over the flattened residuals with an if/else per entry."""
import numpy as np


def huber_loss(pred, target, delta=1.0):
    r = (np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)).ravel()
    total = 0.0
    for x in r.tolist():
        if abs(x) <= delta:
            total += 0.5 * x * x
        else:
            total += delta * (abs(x) - 0.5 * delta)
    return total / len(r)


def huber_loss_grad(pred, target, delta=1.0):
    r = np.asarray(pred, dtype=float) - np.asarray(target, dtype=float)
    flat = r.ravel()
    g = np.zeros(flat.size)
    for k, x in enumerate(flat):
        if x > delta:
            g[k] = delta
        elif x < -delta:
            g[k] = -delta
        else:
            g[k] = x
    return (g / flat.size).reshape(r.shape)
