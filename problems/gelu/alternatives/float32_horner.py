"""float32 throughout, with the inner polynomial in Horner form c * x * (1 + k x^2)."""
import numpy as np

C32 = np.float32(np.sqrt(2.0 / np.pi))
K32 = np.float32(0.044715)


def gelu(x):
    x = np.asarray(x, dtype=np.float32)
    t = np.tanh(C32 * x * (1 + K32 * x * x))
    return np.float32(0.5) * x * (1 + t)


def gelu_grad(x):
    x = np.asarray(x, dtype=np.float32)
    x2 = x * x
    t = np.tanh(C32 * x * (1 + K32 * x2))
    return np.float32(0.5) * (1 + t) + np.float32(0.5) * x * (1 - t * t) * C32 * (1 + 3 * K32 * x2)
