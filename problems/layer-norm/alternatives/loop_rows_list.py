"""Loops over the vectors one at a time with an explicit Jacobian-free formula; returns a list."""
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    flat = x.reshape(-1, x.shape[-1])
    out = np.empty_like(flat, dtype=float)
    for i, row in enumerate(flat):
        centred = row - row.sum() / row.size
        out[i] = gamma * centred / np.sqrt(np.dot(centred, centred) / row.size + eps) + beta
    return out.reshape(x.shape)


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    d = x.shape[-1]
    flat_x, flat_g = x.reshape(-1, d), dout.reshape(-1, d)
    dx = np.empty_like(flat_x, dtype=float)
    dgamma, dbeta = np.zeros(d), np.zeros(d)
    for i in range(len(flat_x)):
        centred = flat_x[i] - flat_x[i].mean()
        s = np.sqrt(np.dot(centred, centred) / d + eps)
        xhat = centred / s
        g = flat_g[i] * gamma
        dx[i] = (d * g - g.sum() - xhat * np.dot(g, xhat)) / (d * s)
        dgamma += flat_g[i] * xhat
        dbeta += flat_g[i]
    return [dx.reshape(x.shape), dgamma, dbeta]
