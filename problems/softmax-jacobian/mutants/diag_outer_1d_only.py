"""Uses np.diag(p) - np.outer(p, p): right for one vector, but np.diag and np.outer do not batch.

Hint: 2
"""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return np.diag(p) - np.outer(p, p)
