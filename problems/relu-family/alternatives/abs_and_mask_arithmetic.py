"""relu as (x + |x|) / 2, and gradients built from a float mask, in float32."""
import numpy as np


def relu(x):
    x = np.asarray(x, dtype=np.float32)
    return (x + np.abs(x)) / 2


def relu_grad(x):
    return (np.asarray(x) > 0).astype(np.float32)


def leaky_relu(x, alpha=0.01):
    x = np.asarray(x, dtype=np.float32)
    positive = (x > 0).astype(np.float32)
    return x * (positive + np.float32(alpha) * (1 - positive))


def leaky_relu_grad(x, alpha=0.01):
    positive = (np.asarray(x) > 0).astype(np.float32)
    return positive + np.float32(alpha) * (1 - positive)
