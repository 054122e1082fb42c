import numpy as np


def causal_attention(q, k, v):
    """Causal (masked) scaled dot-product attention: position i attends to positions j <= i.

    q: float array (..., T, d); k: float array (..., T, d); v: float array (..., T, dv).
    Returns out, a float array (..., T, dv): row i is the softmax(q_i . k_j / sqrt(d))-weighted
    average of the value rows v_0 .. v_i.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    q = np.zeros((3, 2))
    k = np.zeros((3, 2))
    v = np.array([[1.0, 0.0], [3.0, 0.0], [5.0, 6.0]])
    print(causal_attention(q, k, v))
