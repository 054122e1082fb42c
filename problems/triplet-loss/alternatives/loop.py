"""A loop over the triplets with math.dist and max."""
import math

import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    if not (np.ndim(anchor) == 2 and np.shape(anchor) == np.shape(positive) == np.shape(negative)):
        raise ValueError("anchor, positive and negative must have one (N, D) shape")
    losses = [max(0.0, math.dist(a, p) - math.dist(a, n) + margin) for a, p, n in zip(anchor, positive, negative)]
    return sum(losses) / len(losses)
