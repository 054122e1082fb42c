import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    """One RMSProp step.

    param, grad, sq_avg: float arrays of one shape. Returns (new_param, new_sq_avg), new arrays:
    new_sq_avg = alpha * sq_avg + (1 - alpha) * grad**2,
    new_param = param - lr * grad / (sqrt(new_sq_avg) + eps).
    """
    param = np.asarray(param, dtype=float)
    grad = np.asarray(grad, dtype=float)
    sq_avg = np.asarray(sq_avg, dtype=float)
    if grad.shape != param.shape or sq_avg.shape != param.shape:
        raise ValueError(f"param {param.shape}, grad {grad.shape} and sq_avg {sq_avg.shape} must have one shape")
    new_sq_avg = alpha * sq_avg + (1 - alpha) * grad**2
    new_param = param - lr * grad / (np.sqrt(new_sq_avg) + eps)
    return new_param, new_sq_avg
