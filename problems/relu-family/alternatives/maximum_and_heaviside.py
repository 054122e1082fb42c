"""np.maximum for the forward passes and np.heaviside (value 0 at 0) for the derivatives."""
import numpy as np


def relu(x):
    return np.maximum(x, 0.0)


def relu_grad(x):
    return np.heaviside(x, 0.0)


def leaky_relu(x, alpha=0.01):
    return np.maximum(x, alpha * np.asarray(x))  # x >= alpha * x exactly when x >= 0 (alpha <= 1)


def leaky_relu_grad(x, alpha=0.01):
    return alpha + (1.0 - alpha) * np.heaviside(x, 0.0)
