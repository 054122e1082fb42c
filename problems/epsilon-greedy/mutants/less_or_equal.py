"""Explores when u <= epsilon instead of u < epsilon."""
import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    if not 0 <= epsilon <= 1:
        raise ValueError("bad epsilon")
    b, a = q_values.shape
    u, r = rng.random(b), rng.integers(0, a, size=b)
    return np.where(u <= epsilon, r, q_values.argmax(axis=1))
