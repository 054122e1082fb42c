"""Backward staged through the graph: dxhat, then d(mean square), then dx = dxhat / r + dms * 2x / D."""
import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    return gamma * (x * (np.mean(x**2, axis=-1, keepdims=True) + eps) ** -0.5)


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    ms = np.mean(x**2, axis=-1, keepdims=True)
    r = np.sqrt(ms + eps)
    dxhat = dout * gamma
    dr = np.sum(dxhat * x, axis=-1, keepdims=True) * (-1 / r**2)
    dms = dr / (2 * r)
    dx = dxhat / r + dms * 2 * x / d
    dgamma = np.einsum("nd,nd->d", dout.reshape(-1, d), (x / r).reshape(-1, d))
    return dx, dgamma
