import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    """Epsilon-greedy actions for a batch of states.

    q_values: float array (B, A); epsilon: float in [0, 1]; rng: np.random.Generator.
    Draws u = rng.random(B), then r = rng.integers(0, A, size=B), always both, in that order.
    Row i takes action r[i] if u[i] < epsilon, else its argmax (ties: the lowest index).
    Returns an int array of shape (B,). Raises ValueError (before drawing) unless 0 <= epsilon <= 1.
    """
    if not 0 <= epsilon <= 1:
        raise ValueError(f"epsilon must be in [0, 1], got {epsilon}")
    q = np.asarray(q_values)
    batch, n_actions = q.shape
    u = rng.random(batch)
    random_actions = rng.integers(0, n_actions, size=batch)
    greedy = q.argmax(axis=1)  # argmax returns the first (lowest) index among ties
    return np.where(u < epsilon, random_actions, greedy)
