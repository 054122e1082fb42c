"""Gradient uses target - pred: the gradient with respect to the target, pointing the wrong way.

Hint: 1
"""
import numpy as np


def mse_loss_grad(pred, target):
    return 2.0 * (target - pred) / pred.size
