"""Masks step t with the next step's flag done[t + 1] instead of its own done[t], one step too late.

Hint: 2
"""
import numpy as np


def _prep(rewards, values, dones):
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    T = len(rewards)
    if len(values) != T + 1 or len(dones) != T:
        raise ValueError("length mismatch")
    return rewards, values, 1.0 - np.asarray(dones, dtype=float), T


def gae(rewards, values, dones, gamma=0.99, lam=0.95):
    rewards, values, not_done, T = _prep(rewards, values, dones)
    shifted = np.append(not_done[1:], 1.0)
    deltas = rewards + gamma * values[1:] * shifted - values[:-1]
    adv = np.empty(T)
    a = 0.0
    for t in range(T - 1, -1, -1):
        a = deltas[t] + gamma * lam * shifted[t] * a
        adv[t] = a
    return adv, adv + values[:-1]
