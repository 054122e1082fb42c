"""np.logaddexp(0, x) = log(e^0 + e^x) for softplus, and exp(x - softplus(x)) for the sigmoid."""
import numpy as np


def softplus(x):
    return np.logaddexp(0.0, np.asarray(x, dtype=float))


def softplus_grad(x):
    x = np.asarray(x, dtype=float)
    return np.exp(x - np.logaddexp(0.0, x))
