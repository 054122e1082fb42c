"""Checks epsilon only after drawing, so an invalid epsilon still advances the generator."""
import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    b, a = q_values.shape
    u, r = rng.random(b), rng.integers(0, a, size=b)
    if epsilon < 0 or epsilon > 1:
        raise ValueError("bad epsilon")
    return np.where(u < epsilon, r, q_values.argmax(axis=1))
