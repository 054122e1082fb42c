import numpy as np


def softmax_with_temperature(logits, temperature):
    """softmax(logits / temperature) over the last axis, stable for any temperature > 0.

    logits: numeric array of shape (..., C); temperature: a float > 0 (float('inf') allowed).
    Returns a float array of the same shape as logits.
    Raises ValueError if temperature <= 0.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([1.0, 2.0, 3.0])
    print(softmax_with_temperature(x, 1.0))
