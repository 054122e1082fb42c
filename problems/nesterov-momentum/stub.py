import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    """One step of SGD with Nesterov momentum (PyTorch's form).

    param, grad, velocity: float arrays of one shape. Returns (new_param, new_velocity), new arrays:
    new_velocity = momentum * velocity + grad,
    new_param = param - lr * (grad + momentum * new_velocity).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    param = np.array([1.0, -2.0])
    grad = np.array([0.5, 1.0])
    velocity = np.array([0.2, -0.4])
    print(nesterov_step(param, grad, velocity, lr=0.1))
