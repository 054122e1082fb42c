import numpy as np


def logsumexp(x):
    """log(sum(exp(x))) over the last axis of x, computed stably.

    x: float array of shape (..., C) with C >= 1.
    Returns an array of shape x.shape[:-1] (a scalar for 1-D input).
    """
    raise NotImplementedError


def log_softmax(x):
    """log(softmax(x)) over the last axis of x, computed stably.

    x: float array of shape (..., C) with C >= 1.
    Returns a float array of the same shape as x.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(logsumexp(np.array([1.0, 2.0, 3.0])))
    print(log_softmax(np.array([1.0, 2.0, 3.0])))
