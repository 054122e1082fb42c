import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    """One step of the Lion optimizer (EvoLved Sign Momentum).

    param, grad, m: float arrays of the same shape (any shape); m is the momentum from the
    previous step (zeros before the first step).
    Returns (new_param, new_m), two new arrays:
        c         = beta1 * m + (1 - beta1) * grad
        new_param = param * (1 - lr * weight_decay) - lr * sign(c)      (sign(0) = 0)
        new_m     = beta2 * m + (1 - beta2) * grad
    The caller's arrays are left unchanged.
    """
    param = np.asarray(param, dtype=float)
    grad = np.asarray(grad, dtype=float)
    m = np.asarray(m, dtype=float)
    direction = np.sign(beta1 * m + (1 - beta1) * grad)  # the update interpolates with beta1
    new_param = param * (1 - lr * weight_decay) - lr * direction
    new_m = beta2 * m + (1 - beta2) * grad  # the momentum is tracked with beta2
    return new_param, new_m
