"""Masks with ~dones, a logical not only for booleans: for 0/1 integer flags it is a bitwise not (~0 = -1, ~1 = -2).

Hint: 2
"""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rewards = np.asarray(rewards, dtype=float)
    dones = np.zeros(len(rewards), dtype=bool) if dones is None else np.asarray(dones)
    if len(dones) != len(rewards):
        raise ValueError("length mismatch")
    if dones.dtype.kind == "f":
        dones = dones.astype(bool)
    keep = ~dones
    out = np.empty(len(rewards))
    g = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        g = rewards[t] + gamma * keep[t] * g
        out[t] = g
    return out
