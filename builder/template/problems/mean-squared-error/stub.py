import numpy as np


def mean_squared_error(pred, target):
    """Mean of (pred - target) ** 2 over every element, as a float."""
    raise NotImplementedError


if __name__ == "__main__":
    print(mean_squared_error([1.0, 2.0, 3.0], [1.0, 2.0, 5.0]))
