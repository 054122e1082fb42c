import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    """RMS normalisation over the last axis.

    x: float array (..., D); gamma: float array (D,); eps: positive float.
    Returns x / sqrt(mean(x**2, last axis) + eps) * gamma, a new array of the shape of x.
    """
    ms = np.mean(x * x, axis=-1, keepdims=True)  # mean square of each vector, shape (..., 1)
    return x / np.sqrt(ms + eps) * gamma


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    """Gradients of rms_norm, given dout = dL/dy of the shape of x.

    Returns (dx, dgamma): dx of the shape of x, dgamma of shape (D,) summed over every leading axis.
    """
    d = x.shape[-1]
    rinv = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    xhat = x * rinv
    dgamma = (dout * xhat).reshape(-1, d).sum(axis=0)
    g = dout * gamma  # gradient with respect to xhat
    dx = rinv * (g - xhat * np.mean(g * xhat, axis=-1, keepdims=True))
    return dx, dgamma
