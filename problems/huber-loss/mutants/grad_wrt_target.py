"""Gradient clips target - pred: the gradient with respect to the target, pointing the wrong way."""
import numpy as np


def huber_loss_grad(pred, target, delta=1.0):
    r = target - pred
    return np.clip(r, -delta, delta) / r.size
