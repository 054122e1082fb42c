import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    """One Adagrad step.

    param, grad, sum_sq: float arrays of one shape. Returns (new_param, new_sum_sq), new arrays:
    new_sum_sq = sum_sq + grad**2, new_param = param - lr * grad / (sqrt(new_sum_sq) + eps).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    param = np.array([1.0, -2.0])
    grad = np.array([0.5, -4.0])
    sum_sq = np.array([0.75, 9.0])
    print(adagrad_step(param, grad, sum_sq, lr=0.1))
