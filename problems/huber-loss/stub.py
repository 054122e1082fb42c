import numpy as np


def huber_loss(pred, target, delta=1.0):
    """Mean Huber loss between predictions and targets.

    pred, target: float arrays of the same shape (any shape); delta: a float > 0.
    Per entry, with r = pred - target: 0.5 * r**2 if |r| <= delta, else delta * (|r| - 0.5 * delta).
    Returns a float: the mean over all entries.
    """
    raise NotImplementedError


def huber_loss_grad(pred, target, delta=1.0):
    """Gradient of huber_loss (the mean) with respect to pred.

    pred, target: float arrays of the same shape; delta: a float > 0.
    Returns a float array of pred's shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    pred = np.array([0.5, 3.0, -2.0, 1.0])
    target = np.zeros(4)
    print(huber_loss(pred, target))
    print(huber_loss_grad(pred, target))
