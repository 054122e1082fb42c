"""Does not compare the lengths of rewards and dones, so a mismatch raises IndexError or passes silently instead of ValueError."""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rewards = np.asarray(rewards, dtype=float)
    d = np.zeros(len(rewards)) if dones is None else np.asarray(dones, dtype=float)
    out = np.empty(len(rewards))
    g = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        g = rewards[t] + gamma * (1.0 - d[t]) * g
        out[t] = g
    return out
