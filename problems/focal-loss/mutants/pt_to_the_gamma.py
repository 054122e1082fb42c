"""Weights each row by p_t^gamma instead of (1 - p_t)^gamma, so easy rows get the most weight instead of the least."""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != (z.shape[0],):
        raise ValueError("targets and logits have different lengths")
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    log_pt = z[np.arange(len(z)), t] - lse
    return float(np.mean(np.exp(log_pt) ** gamma * -log_pt))
