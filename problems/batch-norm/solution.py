import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    """Batch normalisation in training mode, over the batch axis 0.

    x: float array (N, D); gamma, beta: float arrays (D,).
    Returns (out, mean, var): out (N, D) = gamma * (x - mean) / sqrt(var + eps) + beta,
    mean and var (D,), the per-feature batch mean and biased variance.
    """
    mean = x.mean(axis=0)
    xc = x - mean
    var = (xc * xc).mean(axis=0)  # biased, two-pass
    out = gamma * (xc / np.sqrt(var + eps)) + beta
    return out, mean, var


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of batch_norm_train's out, given dout = dL/dout of shape (N, D).

    Returns (dx, dgamma, dbeta) with shapes (N, D), (D,), (D,).
    """
    xc = x - x.mean(axis=0)
    rstd = 1.0 / np.sqrt((xc * xc).mean(axis=0) + eps)
    xhat = xc * rstd
    dbeta = dout.sum(axis=0)
    dgamma = (dout * xhat).sum(axis=0)
    g = dout * gamma
    dx = rstd * (g - g.mean(axis=0) - xhat * (g * xhat).mean(axis=0))
    return dx, dgamma, dbeta
