"""Returns e^x on the negative side of the derivative, forgetting the factor alpha."""
import numpy as np


def elu_grad(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, np.exp(np.minimum(x, 0.0)))
