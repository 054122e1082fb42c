"""Accumulates the returns in the caller's rewards array (rewards[t] += gamma * rewards[t + 1]), overwriting it."""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    d = np.zeros(len(rewards)) if dones is None else np.asarray(dones, dtype=float)
    if len(d) != len(rewards):
        raise ValueError("length mismatch")
    for t in range(len(rewards) - 2, -1, -1):
        rewards[t] += gamma * (1.0 - d[t]) * rewards[t + 1]
    return rewards
