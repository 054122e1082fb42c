"""Computes every TD error from the original table and applies them all at the end, so no transition sees an earlier one's update.

Hint: 1
"""
import numpy as np


def td0_update(V, transitions, alpha, gamma):
    old = np.array(V, dtype=float)
    new = old.copy()
    for s, r, s_next, done in transitions:
        new[s] += alpha * (r + gamma * old[s_next] * (1 - done) - old[s])
    return new
