import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    """Layer normalisation over the last axis.

    x: float array (..., D); gamma, beta: float arrays (D,).
    Returns gamma * (x - mean) / sqrt(var + eps) + beta, with mean and (biased) var over the last axis.
    """
    raise NotImplementedError


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of layer_norm, given dout = dL/dout of the shape of x.

    Returns (dx, dgamma, dbeta): dx has the shape of x; dgamma and dbeta have shape (D,),
    summed over every leading axis.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0]])
    print(layer_norm(x, np.ones(4), np.zeros(4)))
    dx, dgamma, dbeta = layer_norm_backward(np.ones((2, 4)), x, np.ones(4))
    print(dx)
    print(dgamma)
    print(dbeta)
