import numpy as np


def sinusoidal_positions(T, d):
    """Sinusoidal position encodings of the original transformer.

    T: number of positions (int >= 1); d: encoding size (even int >= 2).
    Returns a float array of shape (T, d) with PE[t, 2i] = sin(t / 10000**(2i / d)) and
    PE[t, 2i + 1] = cos(t / 10000**(2i / d)).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(sinusoidal_positions(3, 4))
