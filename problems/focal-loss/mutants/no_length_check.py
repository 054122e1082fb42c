"""Does not check that targets has one entry per row of logits, so a length mismatch is not a ValueError."""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    m = z.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=1))
    log_pt = z[np.arange(len(z)), t] - lse
    return float(np.mean((1 - np.exp(log_pt)) ** gamma * -log_pt))
