"""Velocity is a moving average, momentum * v + (1 - momentum) * grad, instead of adding the whole gradient."""


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    new_velocity = momentum * velocity + (1 - momentum) * grad
    return param - lr * new_velocity, new_velocity
