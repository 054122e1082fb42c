"""Python loops over rows and classes, accumulating the loss and the gradient hinge by hinge."""
import numpy as np


def multiclass_hinge_loss(scores, targets, margin=1.0):
    n, c = np.shape(scores)
    if len(targets) != n or np.ndim(targets) != 1:
        raise ValueError("one target per row of scores")
    loss, grad = 0.0, np.zeros((n, c))
    for i in range(n):
        y = targets[i]
        for j in range(c):
            if j != y:
                a = scores[i][j] - scores[i][y] + margin
                if a > 0:
                    loss += a
                    grad[i, j] += 1
                    grad[i, y] -= 1
    return loss / n, grad / n
