import numpy as np


def swiglu_ffn(x, W1, W3, W2):
    """SwiGLU feed-forward layer: (silu(x @ W1) * (x @ W3)) @ W2.

    x: (..., D); W1, W3: (D, F); W2: (F, D). Returns a new float array of the shape of x.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([1.0, -1.0])
    W1 = np.array([[1.0, 0.0], [0.0, 2.0]])
    W3 = np.array([[1.0, 1.0], [0.0, -1.0]])
    W2 = np.array([[1.0, 0.0], [1.0, 1.0]])
    print(swiglu_ffn(x, W1, W3, W2))
