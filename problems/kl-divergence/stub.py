import numpy as np


def kl_divergence(p, q):
    """KL divergence KL(p || q) between distributions along the last axis, in nats.

    p, q: float arrays of the same shape (..., C); each slice along the last axis is a
        probability distribution. A 1-D input is a single distribution.
    Returns a float: sum over the last axis of p * log(p / q), averaged over the leading axes.
    Terms with p == 0 contribute 0; the result is inf if p > 0 where q == 0.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    p = np.array([0.5, 0.5])
    q = np.array([0.9, 0.1])
    print(kl_divergence(p, q))
