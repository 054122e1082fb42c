import numpy as np


def group_norm(x, gamma, beta, num_groups, eps=1e-5):
    """Group normalisation of a batch of feature maps.

    x: float array (N, C, H, W); gamma, beta: float arrays (C,); num_groups: a positive int dividing C.
    Each sample's channels are split into num_groups groups of C // num_groups consecutive channels;
    each group is normalised with its own mean and biased variance over (channels, H, W), then
    channel c is scaled by gamma[c] and shifted by beta[c]. Returns a new array of the shape of x.
    Raises ValueError when C is not divisible by num_groups.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([1.0, 1.0, 3.0, 3.0, 2.0, 6.0, 6.0, 2.0]).reshape(1, 4, 1, 2)
    print(group_norm(x, np.ones(4), np.zeros(4), num_groups=2))
