import numpy as np


def td0_update(V, transitions, alpha, gamma):
    """TD(0) updates of a state-value table, applied one transition at a time.

    V: float array (n_states,). transitions: a list of (s, r, s_next, done) tuples, applied in
    order, each one seeing the updates before it:
        V[s] += alpha * (r + gamma * V[s_next] * (1 - done) - V[s])
    Returns a new array; V is not modified.
    """
    raise NotImplementedError


def q_learning_update(Q, s, a, r, s_next, done, alpha, gamma):
    """One Q-learning update of an action-value table.

    Q: float array (n_states, n_actions). The target is r + gamma * (1 - done) * max_a' Q[s_next, a'];
    Q[s, a] moves a fraction alpha towards it. Returns a new array; Q is not modified.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    transitions = [(2, 5.0, 0, True), (1, 0.0, 2, False), (0, 1.0, 1, False)]
    print(td0_update(np.zeros(3), transitions, alpha=0.5, gamma=0.9))
    Q = np.array([[0.0, 1.0], [2.0, 4.0], [-1.0, 3.0]])
    print(q_learning_update(Q, 0, 1, 1.0, 1, False, alpha=0.5, gamma=0.9))
