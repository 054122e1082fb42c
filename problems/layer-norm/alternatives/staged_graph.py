"""np.var forward; backward staged through the computational graph (xhat -> var -> mean) on a 2-D view."""
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mu = np.mean(x, axis=-1, keepdims=True)
    var = np.var(x, axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * gamma + beta


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    shape, d = x.shape, x.shape[-1]
    x2, g2 = x.reshape(-1, d), dout.reshape(-1, d)
    mu = x2.mean(axis=1, keepdims=True)
    xc = x2 - mu
    var = (xc ** 2).mean(axis=1, keepdims=True)
    inv = 1.0 / np.sqrt(var + eps)
    xhat = xc * inv
    dgamma = np.sum(g2 * xhat, axis=0)
    dbeta = np.sum(g2, axis=0)
    dxhat = g2 * gamma
    dvar = np.sum(dxhat * xc, axis=1, keepdims=True) * -0.5 * inv ** 3
    dmu = -np.sum(dxhat * inv, axis=1, keepdims=True) + dvar * np.mean(-2.0 * xc, axis=1, keepdims=True)
    dx = dxhat * inv + dvar * 2.0 * xc / d + dmu / d
    return dx.reshape(shape), dgamma, dbeta
