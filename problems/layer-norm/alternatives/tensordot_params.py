"""np.std for the scale, np.tensordot over every leading axis for dgamma and a tuple of axes for dbeta."""
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    xc = x - x.mean(axis=-1, keepdims=True)
    return gamma * xc / np.sqrt(np.square(xc.std(axis=-1, keepdims=True)) + eps) + beta


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    xc = x - x.mean(axis=-1, keepdims=True)
    s = np.sqrt(np.mean(np.square(xc), axis=-1, keepdims=True) + eps)
    xhat = xc / s
    lead = tuple(range(x.ndim - 1))
    dgamma = np.tensordot(dout, xhat, axes=(lead, lead)).diagonal().copy() if lead else dout * xhat
    dbeta = dout.sum(axis=lead)
    g = dout * gamma
    dx = (g - np.mean(g, axis=-1, keepdims=True)) / s - xhat * np.mean(g * xhat, axis=-1, keepdims=True) / s
    return dx, dgamma, dbeta
