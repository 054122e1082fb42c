"""Pure Python lists, reversed iteration with an explicit reset at done steps."""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rs = [float(x) for x in rewards]
    ds = [False] * len(rs) if dones is None else [bool(x) for x in dones]
    if len(ds) != len(rs):
        raise ValueError("length mismatch")
    out = []
    g = 0.0
    for r, done in zip(reversed(rs), reversed(ds)):
        if done:
            g = 0.0
        g = r + gamma * g
        out.append(g)
    return np.array(out[::-1], dtype=float)
