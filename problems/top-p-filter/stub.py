import numpy as np


def top_p_filter(logits, p):
    """Nucleus (top-p) filtering of every row (last axis): keep the most probable entries until
    their probabilities sum to at least p, set the others to -inf.

    logits: float array of shape (..., C), finite or -inf, at least one finite entry per row.
    p: float with 0 < p <= 1. Probabilities are softmax(logits) along the last axis.
    An entry is kept when the total probability of the entries strictly more probable than it
    is < p; so the top entry is always kept, and ties with the last kept entry are kept too.
    p = 1 keeps every entry (a copy). Returns a new float array of the same shape.
    Raises ValueError unless 0 < p <= 1.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(top_p_filter(np.array([2.0, 0.0, 1.0, -1.0]), 0.8))
