"""gelu_grad returns 0.5 (1 + tanh(u)) and forgets the product-rule term 0.5 x d/dx tanh(u).

Hint: 2
"""
import numpy as np


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * (1.0 + np.tanh(SQRT_2_OVER_PI * (x + K * x**3)))
