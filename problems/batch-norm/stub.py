import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    """Batch normalisation in training mode, over the batch axis 0.

    x: float array (N, D); gamma, beta: float arrays (D,).
    Returns (out, mean, var): out (N, D) = gamma * (x - mean) / sqrt(var + eps) + beta,
    mean and var (D,), the per-feature batch mean and biased variance.
    """
    raise NotImplementedError


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of batch_norm_train's out, given dout = dL/dout of shape (N, D).

    Returns (dx, dgamma, dbeta) with shapes (N, D), (D,), (D,).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 2.0], [3.0, 2.0], [8.0, 5.0]])
    out, mean, var = batch_norm_train(x, np.array([1.0, 2.0]), np.array([0.0, 1.0]))
    print(out)
    print(mean, var)
    dout = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]])
    dx, dgamma, dbeta = batch_norm_backward(dout, x, np.array([1.0, 2.0]))
    print(dx)
    print(dgamma, dbeta)
