"""silu_grad returns sigmoid(x) and forgets the second product-rule term x * sigmoid'(x)."""
import numpy as np


def silu_grad(x):
    return _sigmoid(np.asarray(x, dtype=float))
