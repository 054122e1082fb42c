"""Computes the residual in place with pred -= target, overwriting the caller's predictions.

Hint: 1
"""
import numpy as np


def mse_loss(pred, target):
    pred -= target
    return float(np.mean(pred ** 2))


def mse_loss_grad(pred, target):
    pred -= target
    return 2.0 * pred / pred.size
