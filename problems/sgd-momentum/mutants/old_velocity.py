"""Moves the parameter with the old velocity, before updating it.

Hint: 1
"""


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    new_param = param - lr * velocity
    new_velocity = momentum * velocity + grad
    return new_param, new_velocity
