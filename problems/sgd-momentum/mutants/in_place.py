"""Updates velocity and param in place (velocity *= momentum, param -= ...), overwriting the caller's arrays.

Hint: 2
"""


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    velocity *= momentum
    velocity += grad
    param -= lr * velocity
    return param, velocity
