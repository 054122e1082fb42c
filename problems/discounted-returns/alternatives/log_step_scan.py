"""A vectorised log-step scan: compose G_t = r_t + a_t G_{t+1} over shifts 1, 2, 4, ... (O(T log T), no loop over t)."""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    g = np.array(rewards, dtype=float)  # a copy
    n = len(g)
    if dones is None:
        a = np.full(n, float(gamma))
    else:
        if len(dones) != n:
            raise ValueError("length mismatch")
        a = gamma * (1.0 - np.asarray(dones, dtype=float))
    # invariant: g[t] = sum of the next `shift` terms, a[t] = product of the next `shift` factors
    shift = 1
    while shift < n:
        g[:-shift] = g[:-shift] + a[:-shift] * g[shift:]
        a[:-shift] = a[:-shift] * a[shift:]
        a[-shift:] = 0.0
        shift *= 2
    return g
