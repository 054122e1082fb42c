"""Bootstraps from Q[s_next, a], the same action in the next state, instead of the best action there."""
import numpy as np


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    Q = np.array(Q, dtype=float)
    Q[s, a] += alpha * (r + gamma * (1 - done) * Q[s_next, a] - Q[s, a])
    return Q
