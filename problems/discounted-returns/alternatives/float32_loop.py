"""The backward loop in float32 (returns a float32 array)."""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    r = np.asarray(rewards, dtype=np.float32)
    keep = np.ones(len(r), dtype=np.float32) if dones is None else (np.asarray(dones) == 0).astype(np.float32)
    if len(keep) != len(r):
        raise ValueError("length mismatch")
    g32 = np.float32(gamma)
    out = np.zeros(len(r), dtype=np.float32)
    g = np.float32(0.0)
    for t in reversed(range(len(r))):
        g = r[t] + g32 * keep[t] * g
        out[t] = g
    return out
