"""Loops over the rows drawing rng.random() and rng.integers(A) for each row in turn, which interleaves the two streams.

Hint: 1
"""
import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    if not 0 <= epsilon <= 1:
        raise ValueError("bad epsilon")
    b, a = q_values.shape
    out = np.empty(b, dtype=int)
    for i in range(b):
        u, r = rng.random(), rng.integers(0, a)
        out[i] = r if u < epsilon else int(np.argmax(q_values[i]))
    return out
