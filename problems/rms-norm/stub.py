import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    """RMS normalisation over the last axis.

    x: float array (..., D); gamma: float array (D,); eps: positive float.
    Returns x / sqrt(mean(x**2, last axis) + eps) * gamma, a new array of the shape of x.
    """
    raise NotImplementedError


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    """Gradients of rms_norm, given dout = dL/dy of the shape of x.

    Returns (dx, dgamma): dx of the shape of x, dgamma of shape (D,) summed over every leading axis.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, -1.0, 3.0, 5.0], [2.0, 2.0, 2.0, 2.0]])
    print(rms_norm(x, np.ones(4)))
    dx, dgamma = rms_norm_backward(np.ones((2, 4)), x, np.ones(4))
    print(dx)
    print(dgamma)
