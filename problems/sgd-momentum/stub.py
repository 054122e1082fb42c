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
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    param = np.array([1.0, -2.0])
    grad = np.array([0.5, 1.0])
    velocity = np.array([0.2, -0.4])
    new_param, new_velocity = sgd_momentum_step(param, grad, velocity, lr=0.1)
    print(new_param)
    print(new_velocity)
