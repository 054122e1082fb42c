"""The max(x, 0) - x t + log1p(exp(-|x|)) formula computed in float32."""
import numpy as np


def bce_with_logits(logits, targets):
    x = np.asarray(logits, dtype=np.float32)
    t = np.asarray(targets, dtype=np.float32)
    return float((np.maximum(x, 0) - x * t + np.log1p(np.exp(-np.abs(x)))).mean())
