import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    """One step of SGD with (heavy-ball) momentum.

    param, grad, velocity: float arrays of the same shape (any shape).
    lr: the learning rate (a float > 0); momentum: the factor mu, 0 <= mu < 1.
    Returns (new_param, new_velocity), two NEW arrays of that shape:
        new_velocity = momentum * velocity + grad
        new_param    = param - lr * new_velocity
    The caller's param, grad and velocity are left unchanged.
    """
    new_velocity = momentum * np.asarray(velocity, dtype=float) + np.asarray(grad, dtype=float)
    new_param = np.asarray(param, dtype=float) - lr * new_velocity
    return new_param, new_velocity
