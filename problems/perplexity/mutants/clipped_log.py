"""Takes -log of the (stable) softmax probability clipped to 1e-12: a cross-entropy of 1000 becomes 27.6.

Hint: 1
"""
import numpy as np


def perplexity(logits, targets):
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = (e / e.sum(axis=-1, keepdims=True))[np.arange(len(e)), targets]
    return float(np.exp(np.mean(-np.log(np.clip(p, 1e-12, 1.0)))))
