"""The np.where form computed in float32, with expm1 on min(x, 0)."""
import numpy as np


def elu(x, alpha=1.0):
    x = np.asarray(x, dtype=np.float32)
    return np.where(x > 0, x, np.float32(alpha) * np.expm1(np.minimum(x, np.float32(0))))


def elu_grad(x, alpha=1.0):
    x = np.asarray(x, dtype=np.float32)
    return np.where(x > 0, np.float32(1), np.float32(alpha) * np.exp(np.minimum(x, np.float32(0))))
