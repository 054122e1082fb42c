import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    """One step of SGD with Nesterov momentum (PyTorch's form).

    param, grad, velocity: float arrays of one shape. Returns (new_param, new_velocity), new arrays:
    new_velocity = momentum * velocity + grad,
    new_param = param - lr * (grad + momentum * new_velocity).
    """
    param = np.asarray(param, dtype=float)
    grad = np.asarray(grad, dtype=float)
    velocity = np.asarray(velocity, dtype=float)
    if grad.shape != param.shape or velocity.shape != param.shape:
        raise ValueError(f"param {param.shape}, grad {grad.shape} and velocity {velocity.shape} must have one shape")
    new_velocity = momentum * velocity + grad
    new_param = param - lr * (grad + momentum * new_velocity)
    return new_param, new_velocity
