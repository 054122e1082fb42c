"""Log-softmax of the whole matrix, the target column picked with np.take_along_axis."""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != z.shape[:1]:
        raise ValueError("one target per row of logits")
    shifted = z - z.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    log_pt = np.take_along_axis(log_p, t[:, None].astype(np.intp), axis=-1)[:, 0]
    pt = np.exp(log_pt)
    return float(np.mean(-((1.0 - pt) ** gamma) * log_pt))
