"""Pure Python lists: one reversed loop that zeroes the carried value and the bootstrap at done steps."""
import numpy as np


def gae(rewards, values, dones, gamma=0.99, lam=0.95):
    T = len(rewards)
    if len(values) != T + 1:
        raise ValueError("values must have T + 1 entries")
    if len(dones) != T:
        raise ValueError("dones must have T entries")
    adv = [0.0] * T
    carry = 0.0
    for t in reversed(range(T)):
        if dones[t]:
            next_value, carry = 0.0, 0.0
        else:
            next_value = float(values[t + 1])
        delta = float(rewards[t]) + gamma * next_value - float(values[t])
        carry = delta + gamma * lam * carry
        adv[t] = carry
    adv = np.array(adv, dtype=float)
    return adv, adv + np.asarray(values[:T], dtype=float)
