import numpy as np


def top_k_accuracy(logits, targets, k):
    """Fraction of rows whose target is in the top k.

    logits: (N, C) scores; targets: 1-D integer array of length N with values in [0, C); k: int.
    A row is a hit when fewer than k of its scores are strictly greater than the target's score
    (ties at the cut-off count in the target's favour). Returns a float.
    Raises ValueError when k < 1, N == 0, len(targets) != N or a target lies outside [0, C).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    logits = np.array([[0.1, 0.5, 0.4], [2.0, 1.0, 3.0], [0.3, 0.3, 0.3]])
    targets = np.array([2, 1, 0])
    print(top_k_accuracy(logits, targets, 1))
    print(top_k_accuracy(logits, targets, 2))
