import numpy as np


def multiclass_hinge_loss(scores, targets, margin=1.0):
    """Multiclass hinge (SVM) loss of a batch and its gradient.

    scores: float array (N, C); targets: integer array (N,) of class indices in [0, C).
    Returns (loss, dscores): loss a float, the mean over rows of
    sum_{j != y_i} max(0, s_ij - s_iy_i + margin); dscores (N, C) its gradient.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    scores = np.array([[3.0, 1.0, 2.5], [0.0, 2.0, -1.0]])
    loss, dscores = multiclass_hinge_loss(scores, np.array([0, 2]))
    print(loss)
    print(dscores)
