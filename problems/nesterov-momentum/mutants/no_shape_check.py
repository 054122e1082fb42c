"""Does not check the shapes, so a gradient that broadcasts (shape (1,)) is not a ValueError."""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    v = momentum * velocity + grad
    return param - lr * (grad + momentum * v), v
