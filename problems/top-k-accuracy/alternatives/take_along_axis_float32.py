"""np.take_along_axis for the target scores, comparison in float32."""
import numpy as np


def top_k_accuracy(logits, targets, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    if logits.shape[0] == 0:
        raise ValueError("no rows")
    if targets.shape[0] != logits.shape[0]:
        raise ValueError("length mismatch")
    if np.any(targets < 0) or np.any(targets >= logits.shape[1]):
        raise ValueError("target out of range")
    z = logits.astype(np.float32)
    t = np.take_along_axis(z, targets.astype(np.intp)[:, None], axis=1)
    return float(np.mean(np.sum(z > t, axis=1) < k))
