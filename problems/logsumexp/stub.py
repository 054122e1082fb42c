import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    """log(sum(exp(x))) along axis, stable for any finite input and for -inf entries.

    x: array-like of any shape; entries finite or -inf.
    axis: int or None (all entries). keepdims: keep the reduced axis (axes) with length 1.
    Returns float values with the shape of a numpy reduction (a numpy float when nothing is
    left). An all -inf slice, or an empty one, gives -inf.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(logsumexp(np.array([1.0, 2.0, 3.0])))
