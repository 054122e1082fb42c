"""Takes the maximum over Q[s] (the current state) instead of Q[s_next]."""
import numpy as np


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    Q = np.array(Q, dtype=float)
    Q[s, a] += alpha * (r + gamma * (1 - done) * Q[s].max() - Q[s, a])
    return Q
