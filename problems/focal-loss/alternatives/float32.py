"""The log-softmax form computed in float32."""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=np.float32)
    t = np.asarray(targets)
    if len(t) != len(z) or t.ndim != 1:
        raise ValueError("one target per row of logits")
    m = z.max(axis=1, keepdims=True)
    log_p = z - m - np.log(np.sum(np.exp(z - m), axis=1, keepdims=True))
    log_pt = log_p[np.arange(len(z)), t]
    return float(np.mean((1 - np.exp(log_pt)) ** np.float32(gamma) * -log_pt))
