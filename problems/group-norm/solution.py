import numpy as np


def group_norm(x, gamma, beta, num_groups, eps=1e-5):
    """Group normalisation of a batch of feature maps.

    x: float array (N, C, H, W); gamma, beta: float arrays (C,); num_groups: a positive int dividing C.
    Each sample's channels are split into num_groups groups of C // num_groups consecutive channels;
    each group is normalised with its own mean and biased variance over (channels, H, W), then
    channel c is scaled by gamma[c] and shifted by beta[c]. Returns a new array of the shape of x.
    Raises ValueError when C is not divisible by num_groups.
    """
    n, c, h, w = x.shape
    if c % num_groups != 0:
        raise ValueError(f"C = {c} channels cannot be split into {num_groups} equal groups")
    grouped = x.reshape(n, num_groups, c // num_groups, h, w)
    mu = grouped.mean(axis=(2, 3, 4), keepdims=True)
    var = ((grouped - mu) ** 2).mean(axis=(2, 3, 4), keepdims=True)  # biased, two-pass
    xhat = ((grouped - mu) / np.sqrt(var + eps)).reshape(n, c, h, w)
    return xhat * gamma.reshape(1, c, 1, 1) + beta.reshape(1, c, 1, 1)
