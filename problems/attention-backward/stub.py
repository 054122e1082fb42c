import numpy as np


def attention_backward(dout, q, k, v):
    """Gradients of scaled dot-product attention (no mask).

    Forward: out = softmax(q @ k^T / sqrt(d)) @ v, softmax over the last axis (the keys).
    dout: float array (..., Tq, dv), the gradient of the loss with respect to out.
    q: (..., Tq, d); k: (..., Tk, d); v: (..., Tk, dv), with the same leading axes.
    Returns (dq, dk, dv), new float arrays with the shapes of q, k and v.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    q = np.array([[0.0]])
    k = np.array([[1.0], [-1.0]])
    v = np.array([[1.0], [3.0]])
    dq, dk, dv = attention_backward(np.array([[1.0]]), q, k, v)
    print(dq, dk, dv, sep="\n")
