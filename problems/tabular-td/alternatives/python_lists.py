"""Python lists for the table, converted back to numpy at the end; np.where builds the Q table."""
import numpy as np


def td0_update(V, transitions, alpha, gamma):
    values = list(map(float, V))
    for s, r, s_next, done in transitions:
        delta = r + (0 if done else gamma * values[s_next]) - values[s]
        values[s] += alpha * delta
    return np.array(values)


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    best = max(Q[s_next])
    new_value = Q[s][a] + alpha * (r + gamma * (1 - int(done)) * best - Q[s][a])
    rows, cols = np.indices(np.shape(Q))
    return np.where((rows == s) & (cols == a), new_value, Q).astype(float)
