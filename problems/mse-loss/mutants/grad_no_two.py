"""Gradient forgets the factor 2 from differentiating the square."""
import numpy as np


def mse_loss_grad(pred, target):
    return (pred - target) / pred.size
