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
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    param = np.array([1.0, -2.0, 0.5, 3.0])
    grad = np.array([0.3, -4.0, 0.0, -20.0])
    m = np.array([0.0, 1.0, 0.0, 1.0])
    print(lion_step(param, grad, m, lr=0.1))
