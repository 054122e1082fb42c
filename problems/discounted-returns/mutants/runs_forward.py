"""Runs the recursion forwards in time (t = 0, 1, ...), accumulating past rewards instead of future ones.

Hint: 1
"""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rewards = np.asarray(rewards, dtype=float)
    d = np.zeros(len(rewards)) if dones is None else np.asarray(dones, dtype=float)
    if len(d) != len(rewards):
        raise ValueError("length mismatch")
    out = np.empty(len(rewards))
    g = 0.0
    for t in range(len(rewards)):
        g = rewards[t] + gamma * g
        out[t] = g
        g *= 1.0 - d[t]
    return out
