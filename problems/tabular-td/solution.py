import numpy as np


def td0_update(V, transitions, alpha, gamma):
    """TD(0) updates of a state-value table, applied one transition at a time.

    V: float array (n_states,). transitions: a list of (s, r, s_next, done) tuples, applied in
    order, each one seeing the updates before it:
        V[s] += alpha * (r + gamma * V[s_next] * (1 - done) - V[s])
    Returns a new array; V is not modified.
    """
    V = np.array(V, dtype=float)  # a copy: the caller's table stays as it was
    for s, r, s_next, done in transitions:
        target = r + gamma * V[s_next] * (1.0 - float(done))
        V[s] += alpha * (target - V[s])
    return V


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    """One Q-learning update of an action-value table.

    Q: float array (n_states, n_actions). The target is r + gamma * (1 - done) * max_a' Q[s_next, a'];
    Q[s, a] moves a fraction alpha towards it. Returns a new array; Q is not modified.
    """
    Q = np.array(Q, dtype=float)
    target = r + gamma * (1.0 - float(done)) * Q[s_next].max()
    Q[s, a] += alpha * (target - Q[s, a])
    return Q
