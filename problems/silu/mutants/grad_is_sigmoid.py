"""silu_grad returns sigmoid(x) and forgets the second product-rule term x * sigmoid'(x).

Hint: 2
"""
import numpy as np


def silu_grad(x):
    return _sigmoid(np.asarray(x, dtype=float))
