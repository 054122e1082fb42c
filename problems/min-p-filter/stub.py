import numpy as np


def min_p_filter(logits, min_p):
    """Min-p filtering along the last axis: drop entries whose probability is below
    min_p times the row's largest probability (they become -inf).

    logits: float array (..., V), finite or -inf, at least one finite entry per row.
    min_p: float in [0, 1]. Returns a new float array of the same shape: kept entries with
    their original logits, -inf elsewhere. Raises ValueError unless 0 <= min_p <= 1.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(min_p_filter(np.array([2.0, 0.0, 1.0, -1.0]), 0.2))
