"""Subtracts the mean before dividing by the root mean square of the centred vector, as layer norm does.

Hint: 1
"""
import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    xc = x - x.mean(axis=-1, keepdims=True)
    return xc / np.sqrt(np.mean(xc * xc, axis=-1, keepdims=True) + eps) * gamma
