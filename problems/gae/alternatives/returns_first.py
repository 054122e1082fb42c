"""Computes the lambda-returns by their own recursion R_t = r_t + gamma (1 - d_t) ((1 - lam) V_{t+1} + lam R_{t+1}), then A = R - V."""
import numpy as np


def gae(rewards, values, dones, gamma=0.99, lam=0.95):
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    T = len(rewards)
    if values.shape[0] != T + 1 or np.shape(dones)[0] != T:
        raise ValueError("length mismatch")
    keep = 1.0 - np.asarray(dones, dtype=float)
    ret = np.empty(T)
    following = values[T]  # R_T := V_T, so that (1 - lam) V_T + lam R_T = V_T
    for t in range(T - 1, -1, -1):
        ret[t] = rewards[t] + gamma * keep[t] * ((1 - lam) * values[t + 1] + lam * following)
        following = ret[t]
    return ret - values[:-1], ret
