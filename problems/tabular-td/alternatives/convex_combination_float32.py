"""The update written as (1 - alpha) * old + alpha * target, in float32, with an if for done."""
import numpy as np


def td0_update(V, transitions, alpha, gamma):
    V = np.asarray(V, dtype=np.float32).copy()
    for s, r, s_next, done in transitions:
        target = r if done else r + gamma * V[s_next]
        V[s] = (1 - alpha) * V[s] + alpha * target
    return V


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    Q = np.asarray(Q, dtype=np.float32).copy()
    target = r if done else r + gamma * np.max(Q[s_next])
    Q[s, a] = (1 - alpha) * Q[s, a] + alpha * target
    return Q
