import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    """One RMSProp step.

    param, grad, sq_avg: float arrays of one shape. Returns (new_param, new_sq_avg), new arrays:
    new_sq_avg = alpha * sq_avg + (1 - alpha) * grad**2,
    new_param = param - lr * grad / (sqrt(new_sq_avg) + eps).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    param = np.array([1.0, -2.0])
    grad = np.array([0.5, -4.0])
    sq_avg = np.array([0.25, 4.0])
    print(rmsprop_step(param, grad, sq_avg, lr=0.1, alpha=0.9))
