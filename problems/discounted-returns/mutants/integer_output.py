"""Allocates the result with np.zeros_like(rewards), so integer rewards give truncated integer returns."""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    d = np.zeros(len(rewards)) if dones is None else np.asarray(dones, dtype=float)
    if len(d) != len(rewards):
        raise ValueError("length mismatch")
    out = np.zeros_like(rewards)
    g = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        g = rewards[t] + gamma * (1.0 - d[t]) * g
        out[t] = g
    return out
