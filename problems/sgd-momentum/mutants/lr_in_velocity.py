"""Folds the learning rate into the velocity (v = momentum * v + lr * grad; param - v): another convention's velocity."""


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    new_velocity = momentum * velocity + lr * grad
    return param - new_velocity, new_velocity
