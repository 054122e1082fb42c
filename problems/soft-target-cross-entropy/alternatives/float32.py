"""The same log-softmax formula computed in float32."""
import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    z = np.asarray(logits, dtype=np.float32)
    q = np.asarray(targets, dtype=np.float32)
    c = z.shape[-1]
    q = q * np.float32(1 - label_smoothing) + np.float32(label_smoothing / c)
    shifted = z - z.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return float(-(q * log_p).sum(axis=-1).mean())
