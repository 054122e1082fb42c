"""Multiplies the whole target by (1 - done), so a terminal transition loses its reward too.

Hint: 2
"""
import numpy as np


def td0_update(V, transitions, alpha, gamma):
    V = np.array(V, dtype=float)
    for s, r, s_next, done in transitions:
        V[s] += alpha * ((r + gamma * V[s_next]) * (1 - done) - V[s])
    return V
