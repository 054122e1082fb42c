import numpy as np


def attention(q, k, v, mask=None):
    """Scaled dot-product attention over the last two axes.

    q: float array (..., Tq, d); k: float array (..., Tk, d); v: float array (..., Tk, dv).
    mask: None, or a boolean array broadcastable to (..., Tq, Tk), True where query i may
    attend to key j (every query has at least one allowed key).
    Returns (out, weights): out (..., Tq, dv) and weights (..., Tq, Tk), where
    weights = softmax(q k^T / sqrt(d)) over the last axis, exactly 0 where mask is False.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    q = np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 2.0, 0.0, 0.0]])
    k = np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0]])
    v = np.array([[1.0, 0.0], [0.0, 1.0], [10.0, 10.0]])
    out, weights = attention(q, k, v)
    print(weights)
    print(out)
