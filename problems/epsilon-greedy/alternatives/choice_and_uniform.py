"""rng.uniform(size=B) and rng.choice(A, size=B), which draw the same streams as random and integers; a Python loop for the choice."""
import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    if epsilon < 0 or epsilon > 1:
        raise ValueError("epsilon out of range")
    n, a = np.shape(q_values)
    u = rng.uniform(size=n)
    r = rng.choice(a, size=n)
    actions = []
    for i in range(n):
        actions.append(int(r[i]) if u[i] < epsilon else int(np.argmax(q_values[i])))
    return np.array(actions, dtype=np.int32)
