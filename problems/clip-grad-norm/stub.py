import numpy as np


def clip_grad_norm(grads, max_norm):
    """Clip a list of gradient arrays by their global L2 norm.

    grads: a list of float arrays (any shapes, at least 1-D), e.g. one per parameter tensor.
    max_norm: a float > 0, the largest global norm allowed.
    Returns (clipped, total_norm):
        total_norm = sqrt(sum of g**2 over every entry of every array), measured BEFORE clipping
        clipped    = a list of NEW arrays, each g * min(1, max_norm / (total_norm + 1e-6)),
                     in the same order and with the same shapes as grads.
    The caller's arrays are left unchanged.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    grads = [np.array([3.0, 4.0]), np.array([[0.0], [12.0]])]
    clipped, total_norm = clip_grad_norm(grads, max_norm=6.5)
    print(total_norm)
    print(clipped)
