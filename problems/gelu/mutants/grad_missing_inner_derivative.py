"""gelu_grad uses du/dx = sqrt(2/pi), forgetting the factor (1 + 3 * 0.044715 x^2) of the chain rule.

Hint: 2
"""
import numpy as np


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    t = np.tanh(SQRT_2_OVER_PI * (x + K * x**3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * SQRT_2_OVER_PI
