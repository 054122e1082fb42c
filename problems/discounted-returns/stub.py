import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    """Discounted returns G_t = r_t + gamma * (1 - done_t) * G_{t+1}, with G_T = 0.

    rewards: 1-D array of length T; gamma: float in [0, 1];
    dones: None (no episode ends) or a length-T array of bools or 0/1 numbers, done_t meaning the
    episode ended after step t. Returns a new float array of shape (T,).
    Raises ValueError when dones has a different length from rewards.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(discounted_returns(np.array([1.0, 2.0, 3.0]), 0.5))
    print(discounted_returns(np.array([1.0, 2.0, 3.0, 4.0]), 0.5, dones=np.array([False, True, False, False])))
