"""Loops over the vectors, builds each one's D x D Jacobian explicitly and multiplies; returns a list."""
import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    flat = x.reshape(-1, x.shape[-1])
    out = np.empty(flat.shape)
    for i, row in enumerate(flat):
        out[i] = gamma * row / np.sqrt(np.dot(row, row) / row.size + eps)
    return out.reshape(x.shape)


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    flat_x, flat_d = x.reshape(-1, d), dout.reshape(-1, d)
    dx = np.empty(flat_x.shape)
    dgamma = np.zeros(d)
    for i in range(len(flat_x)):
        row = flat_x[i]
        r = np.sqrt(np.dot(row, row) / d + eps)
        jac = np.eye(d) / r - np.outer(row, row) / (d * r**3)  # d xhat_j / d x_i
        dx[i] = jac @ (flat_d[i] * gamma)
        dgamma += flat_d[i] * row / r
    return [dx.reshape(x.shape), dgamma]
