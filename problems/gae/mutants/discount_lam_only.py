"""Discounts the advantage recursion by lam alone instead of gamma * lam.

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
    deltas = rewards + gamma * values[1:] * not_done - values[:-1]
    adv = np.empty(T)
    a = 0.0
    for t in range(T - 1, -1, -1):
        a = deltas[t] + lam * not_done[t] * a
        adv[t] = a
    return adv, adv + values[:-1]
