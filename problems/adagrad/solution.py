import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    """One Adagrad step.

    param, grad, sum_sq: float arrays of one shape. Returns (new_param, new_sum_sq), new arrays:
    new_sum_sq = sum_sq + grad**2, new_param = param - lr * grad / (sqrt(new_sum_sq) + eps).
    """
    param = np.asarray(param, dtype=float)
    grad = np.asarray(grad, dtype=float)
    sum_sq = np.asarray(sum_sq, dtype=float)
    if grad.shape != param.shape or sum_sq.shape != param.shape:
        raise ValueError(f"param {param.shape}, grad {grad.shape} and sum_sq {sum_sq.shape} must have one shape")
    new_sum_sq = sum_sq + grad**2
    new_param = param - lr * grad / (np.sqrt(new_sum_sq) + eps)
    return new_param, new_sum_sq
