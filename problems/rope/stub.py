import numpy as np


def apply_rope(x, positions, base=10000.0):
    """Rotary position embedding of x, with the interleaved pairing (x[..., 2i], x[..., 2i + 1]).

    x: float array (..., T, d), d even; positions: int array (T,), the position of each of the T rows.
    Pair i of row t is rotated by the angle positions[t] * base**(-2i / d), counterclockwise:
    (a, b) -> (a cos - b sin, a sin + b cos).
    Returns a new float array of the same shape as x.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 0.0, 1.0, 0.0]] * 3)
    print(apply_rope(x, np.array([0, 1, 2])))
