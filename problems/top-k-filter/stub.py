import numpy as np


def top_k_filter(logits, k):
    """Keep the k largest logits of every row (last axis), set the others to -inf.

    logits: float array of shape (..., C). k: int >= 1.
    An entry is kept when it is >= the k-th largest value of its row (duplicates counted), so
    entries tied with the k-th largest are all kept. k >= C keeps everything (a copy).
    Returns a new float array of the same shape. Raises ValueError if k < 1.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(top_k_filter(np.array([1.0, 3.0, 0.5, 2.0, -1.0]), 2))
