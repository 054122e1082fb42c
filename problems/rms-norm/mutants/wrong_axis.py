"""Takes the mean square over axis 0 (across the batch) instead of the last axis.

Hint: 1
"""
import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    return x / np.sqrt(np.mean(x * x, axis=0, keepdims=True) + eps) * gamma
