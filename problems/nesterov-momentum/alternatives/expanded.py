"""The step expanded: (1 + momentum) * grad + momentum^2 * velocity."""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    param, grad, velocity = (np.asarray(a, dtype=float) for a in (param, grad, velocity))
    if grad.shape != param.shape or velocity.shape != param.shape:
        raise ValueError("param, grad and velocity must have one shape")
    step = (1 + momentum) * grad + momentum**2 * velocity
    return param - lr * step, momentum * velocity + grad
