import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    """Epsilon-greedy actions for a batch of states.

    q_values: float array (B, A); epsilon: float in [0, 1]; rng: np.random.Generator.
    Draws u = rng.random(B), then r = rng.integers(0, A, size=B), always both, in that order.
    Row i takes action r[i] if u[i] < epsilon, else its argmax (ties: the lowest index).
    Returns an int array of shape (B,). Raises ValueError (before drawing) unless 0 <= epsilon <= 1.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    q = np.array([[1.0, 5.0, 2.0],
                  [0.0, 0.0, 0.0],
                  [3.0, 1.0, 3.0],
                  [-1.0, -2.0, 4.0]])
    print(epsilon_greedy(q, 0.3, np.random.default_rng(0)))
