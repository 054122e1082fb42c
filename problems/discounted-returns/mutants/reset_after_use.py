"""Resets the running return after using it at a done step, so the done step still adds the next episode's return.

Hint: 2
"""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rewards = np.asarray(rewards, dtype=float)
    d = np.zeros(len(rewards), dtype=bool) if dones is None else np.asarray(dones).astype(bool)
    if len(d) != len(rewards):
        raise ValueError("length mismatch")
    out = np.empty(len(rewards))
    g = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        g = rewards[t] + gamma * g
        out[t] = g
        if d[t]:
            g = 0.0
    return out
