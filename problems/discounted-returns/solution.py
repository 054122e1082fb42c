import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    """Discounted returns G_t = r_t + gamma * (1 - done_t) * G_{t+1}, with G_T = 0.

    rewards: 1-D array of length T; gamma: float in [0, 1];
    dones: None (no episode ends) or a length-T array of bools or 0/1 numbers, done_t meaning the
    episode ended after step t. Returns a new float array of shape (T,).
    Raises ValueError when dones has a different length from rewards.
    """
    rewards = np.asarray(rewards, dtype=float)
    if dones is None:
        not_done = np.ones(rewards.shape)
    else:
        dones = np.asarray(dones)
        if dones.shape != rewards.shape:
            raise ValueError(f"dones has shape {dones.shape} but rewards has shape {rewards.shape}")
        not_done = 1.0 - dones.astype(float)
    returns = np.empty(rewards.shape)
    g = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        g = rewards[t] + gamma * not_done[t] * g
        returns[t] = g
    return returns
