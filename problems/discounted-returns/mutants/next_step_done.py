"""Cuts the recursion with the next step's flag (1 - done[t + 1]) instead of step t's own, one step too late.

Hint: 2
"""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rewards = np.asarray(rewards, dtype=float)
    d = np.zeros(len(rewards)) if dones is None else np.asarray(dones, dtype=float)
    if len(d) != len(rewards):
        raise ValueError("length mismatch")
    out = np.empty(len(rewards))
    g = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        next_done = d[t + 1] if t + 1 < len(rewards) else 0.0
        g = rewards[t] + gamma * (1.0 - next_done) * g
        out[t] = g
    return out
