import numpy as np


def gae(rewards, values, dones, gamma=0.99, lam=0.95):
    """Generalized advantage estimation over a buffer of T steps.

    rewards, dones: length T (dones: bools or 0/1 numbers, done_t = episode ended after step t);
    values: length T + 1, the bootstrap value V_T last.
    delta_t = r_t + gamma * V_{t+1} * (1 - done_t) - V_t;
    A_t = delta_t + gamma * lam * (1 - done_t) * A_{t+1}, A_T = 0; returns = A + values[:-1].
    Returns (advantages, returns), two new float arrays of shape (T,).
    Raises ValueError when len(values) != T + 1 or len(dones) != T.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    adv, ret = gae(np.array([1.0, 0.0, 2.0]), np.array([0.5, 1.0, 0.0, 3.0]),
                   np.array([False, False, True]), gamma=0.5, lam=0.5)
    print(adv)
    print(ret)
