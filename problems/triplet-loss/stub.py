import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    """Mean triplet margin loss with Euclidean (not squared) distances.

    anchor, positive, negative: float arrays of one shape (N, D); margin >= 0.
    Returns a float: mean over rows of max(0, ||a - p|| - ||a - n|| + margin).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    anchor = np.array([[0.0, 0.0], [1.0, 1.0]])
    positive = np.array([[3.0, 4.0], [1.0, 2.0]])
    negative = np.array([[0.0, 1.0], [4.0, 5.0]])
    print(triplet_loss(anchor, positive, negative))
