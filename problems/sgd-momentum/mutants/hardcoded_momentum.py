"""Uses 0.9 everywhere instead of the momentum argument."""


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    new_velocity = 0.9 * velocity + grad
    return param - lr * new_velocity, new_velocity
