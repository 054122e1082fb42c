"""Updates the caller's Q in place and returns it.

Hint: 1
"""
import numpy as np


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    Q[s, a] += alpha * (r + gamma * (1 - done) * Q[s_next].max() - Q[s, a])
    return Q
