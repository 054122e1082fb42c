"""Transposes to (D, N) and normalises over the last axis with keepdims, then transposes back."""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    xt = x.T
    mean = xt.mean(axis=-1, keepdims=True)
    var = np.square(xt - mean).mean(axis=-1, keepdims=True)
    xhat = ((xt - mean) / np.sqrt(var + eps)).T
    return gamma * xhat + beta, mean[:, 0], var[:, 0]


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    n = x.shape[0]
    xt, gt = x.T, (dout * gamma).T
    centred = xt - xt.mean(axis=-1, keepdims=True)
    s = np.sqrt(np.square(centred).mean(axis=-1, keepdims=True) + eps)
    xhat = centred / s
    dxt = (n * gt - gt.sum(axis=-1, keepdims=True) - xhat * (gt * xhat).sum(axis=-1, keepdims=True)) / (n * s)
    return dxt.T, (dout.T * xhat).sum(axis=-1), dout.sum(axis=0)
