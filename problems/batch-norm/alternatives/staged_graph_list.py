"""np.var forward; backward staged through the graph (xhat -> var -> mean, as in CS231n); lists returned."""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    mean = np.mean(x, axis=0)
    var = np.var(x, axis=0)
    return [(x - mean) / np.sqrt(var + eps) * gamma + beta, mean, var]


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    n = x.shape[0]
    mu = x.mean(axis=0)
    xc = x - mu
    var = (xc ** 2).mean(axis=0)
    inv = 1.0 / np.sqrt(var + eps)
    xhat = xc * inv
    dxhat = dout * gamma
    dvar = np.sum(dxhat * xc, axis=0) * -0.5 * inv ** 3
    dmu = -np.sum(dxhat * inv, axis=0) + dvar * np.mean(-2.0 * xc, axis=0)
    dx = dxhat * inv + dvar * 2.0 * xc / n + dmu / n
    return [dx, np.sum(dout * xhat, axis=0), np.sum(dout, axis=0)]
