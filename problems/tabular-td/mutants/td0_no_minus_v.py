"""Adds alpha * target to V[s] instead of alpha * (target - V[s])."""
import numpy as np


def td0_update(V, transitions, alpha, gamma):
    V = np.array(V, dtype=float)
    for s, r, s_next, done in transitions:
        V[s] += alpha * (r + gamma * V[s_next] * (1 - done))
    return V
