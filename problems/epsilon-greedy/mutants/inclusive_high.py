"""Draws rng.integers(0, A - 1, size=B), treating the exclusive upper bound as inclusive, so action A - 1 is never explored.

Hint: 1
"""
import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    if not 0 <= epsilon <= 1:
        raise ValueError("bad epsilon")
    b, a = q_values.shape
    u, r = rng.random(b), rng.integers(0, a - 1, size=b) if a > 1 else np.zeros(b, dtype=int)
    return np.where(u < epsilon, r, q_values.argmax(axis=1))
