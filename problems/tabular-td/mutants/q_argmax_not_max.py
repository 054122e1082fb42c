"""Bootstraps from np.argmax(Q[s_next]), the index of the best action, instead of its value."""
import numpy as np


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    Q = np.array(Q, dtype=float)
    Q[s, a] += alpha * (r + gamma * (1 - done) * np.argmax(Q[s_next]) - Q[s, a])
    return Q
