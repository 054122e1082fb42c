import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    """Layer normalisation over the last axis.

    x: float array (..., D); gamma, beta: float arrays (D,).
    Returns gamma * (x - mean) / sqrt(var + eps) + beta, with mean and (biased) var over the last axis.
    """
    mu = x.mean(axis=-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(axis=-1, keepdims=True)  # two-pass variance: no cancellation for large offsets
    return gamma * (xc / np.sqrt(var + eps)) + beta


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of layer_norm, given dout = dL/dout of the shape of x.

    Returns (dx, dgamma, dbeta): dx has the shape of x; dgamma and dbeta have shape (D,),
    summed over every leading axis.
    """
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    xc = x - mu
    rstd = 1.0 / np.sqrt((xc * xc).mean(axis=-1, keepdims=True) + eps)
    xhat = xc * rstd
    dbeta = dout.reshape(-1, d).sum(axis=0)
    dgamma = (dout * xhat).reshape(-1, d).sum(axis=0)
    g = dout * gamma  # gradient with respect to xhat
    dx = rstd * (g - g.mean(axis=-1, keepdims=True) - xhat * (g * xhat).mean(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
