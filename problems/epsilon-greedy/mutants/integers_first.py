"""Draws the random actions before the uniform numbers, swapping the order of the two draws.

Hint: 1
"""
import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    if not 0 <= epsilon <= 1:
        raise ValueError("bad epsilon")
    b, a = q_values.shape
    r = rng.integers(0, a, size=b)
    u = rng.random(b)
    return np.where(u < epsilon, r, q_values.argmax(axis=1))
