"""The same two passes in float32 (returns float32 arrays)."""
import numpy as np


def gae(rewards, values, dones, gamma=0.99, lam=0.95):
    r = np.asarray(rewards, dtype=np.float32)
    v = np.asarray(values, dtype=np.float32)
    if len(v) != len(r) + 1 or len(dones) != len(r):
        raise ValueError("length mismatch")
    keep = (np.asarray(dones) == 0).astype(np.float32)
    g, gl = np.float32(gamma), np.float32(gamma * lam)
    delta = r + g * v[1:] * keep - v[:-1]
    adv = np.zeros_like(delta)
    a = np.float32(0.0)
    for t in reversed(range(len(r))):
        a = delta[t] + gl * keep[t] * a
        adv[t] = a
    return adv, adv + v[:-1]
