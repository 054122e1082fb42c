"""Does not check that values has T + 1 entries and dones T, so wrong lengths give an IndexError, a broadcasting error or silent results instead of ValueError."""
import numpy as np


def gae(rewards, values, dones, gamma=0.99, lam=0.95):
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    not_done = 1.0 - np.asarray(dones, dtype=float)
    T = len(rewards)
    adv = np.empty(T)
    a = 0.0
    for t in range(T - 1, -1, -1):
        delta = rewards[t] + gamma * values[t + 1] * not_done[t] - values[t]
        a = delta + gamma * lam * not_done[t] * a
        adv[t] = a
    return adv, adv + values[:T]
