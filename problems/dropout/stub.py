import numpy as np


def dropout(x, p, rng):
    """Inverted dropout in training mode.

    x: float array of any shape; p: drop probability in [0, 1); rng: np.random.Generator.
    Returns (out, mask): mask = rng.random(x.shape) >= p (boolean, drawn exactly once),
    out = x * mask / (1 - p).
    """
    raise NotImplementedError


def dropout_backward(dout, mask, p):
    """Gradient of dropout with respect to x: dout * mask / (1 - p)."""
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    out, mask = dropout(x, 0.5, np.random.default_rng(0))
    print(out)
    print(mask)
    print(dropout_backward(np.ones((2, 3)), mask, 0.5))
