"""Everything computed in float32, the loss returned as a numpy float32 scalar."""
import numpy as np


def mse_loss(pred, target):
    r = np.asarray(pred, dtype=np.float32) - np.asarray(target, dtype=np.float32)
    return np.square(r).mean()


def mse_loss_grad(pred, target):
    r = np.asarray(pred, dtype=np.float32) - np.asarray(target, dtype=np.float32)
    return np.float32(2) * r / np.float32(r.size)
