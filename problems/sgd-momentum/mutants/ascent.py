"""Adds lr * velocity to the parameter: gradient ascent instead of descent."""


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    new_velocity = momentum * velocity + grad
    return param + lr * new_velocity, new_velocity
