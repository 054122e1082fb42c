"""Gradient divides by len(pred), the number of rows, instead of pred.size, the number of entries.

Hint: 2
"""
import numpy as np


def mse_loss_grad(pred, target):
    return 2.0 * (pred - target) / len(pred)
