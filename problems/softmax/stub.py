import numpy as np


def softmax(x):
    """Softmax over the last axis of x, computed stably.

    x: numeric array of any shape (..., C) with C >= 1.
    Returns a float array of the same shape; every slice along the last axis sums to 1.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(softmax(np.array([1.0, 2.0, 3.0])))
