"""Ignores dones, so rewards of the next episode flow back across episode boundaries.

Hint: 1
"""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rewards = np.asarray(rewards, dtype=float)
    if dones is not None and len(dones) != len(rewards):
        raise ValueError("length mismatch")
    out = np.empty(len(rewards))
    g = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        g = rewards[t] + gamma * g
        out[t] = g
    return out
