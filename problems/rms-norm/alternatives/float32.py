"""Forward and backward computed in float32, with np.linalg.norm for the root mean square."""
import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    x32 = np.asarray(x, dtype=np.float32)
    d = x32.shape[-1]
    rms = np.sqrt(np.linalg.norm(x32, axis=-1, keepdims=True) ** 2 / d + np.float32(eps))
    return x32 / rms * np.asarray(gamma, dtype=np.float32)


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    x32, dout32, g32 = (np.asarray(a, dtype=np.float32) for a in (x, dout, gamma))
    d = x32.shape[-1]
    rinv = 1 / np.sqrt(np.mean(np.square(x32), axis=-1, keepdims=True) + np.float32(eps))
    xhat = x32 * rinv
    g = dout32 * g32
    dx = rinv * g - xhat * (rinv * np.sum(g * xhat, axis=-1, keepdims=True) / d)
    dgamma = np.sum(dout32 * xhat, axis=tuple(range(x32.ndim - 1)))
    return dx, dgamma
