import numpy as np


def mse_loss(pred, target):
    """Mean squared error between predictions and targets.

    pred, target: float arrays of the same shape (any shape).
    Returns a float: the mean of (pred - target) ** 2 over all entries.
    """
    raise NotImplementedError


def mse_loss_grad(pred, target):
    """Gradient of mse_loss with respect to pred.

    pred, target: float arrays of the same shape.
    Returns a float array of pred's shape: 2 * (pred - target) / pred.size.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    pred = np.array([2.5, 0.0, 2.0])
    target = np.array([3.0, -0.5, 2.0])
    print(mse_loss(pred, target))
    print(mse_loss_grad(pred, target))
