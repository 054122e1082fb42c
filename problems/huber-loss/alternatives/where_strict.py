"""np.where with the strict test |r| < delta (the boundary goes to the linear branch) and sign()."""
import numpy as np


def huber_loss(pred, target, delta=1.0):
    r = np.asarray(pred) - np.asarray(target)
    a = np.abs(r)
    return np.mean(np.where(a < delta, 0.5 * r * r, delta * (a - 0.5 * delta)))


def huber_loss_grad(pred, target, delta=1.0):
    r = np.asarray(pred) - np.asarray(target)
    return np.where(np.abs(r) < delta, r, delta * np.sign(r)) / r.size
