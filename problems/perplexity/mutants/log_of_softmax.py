"""Takes -log of the (stable) softmax probability: a probability that underflows to 0 gives inf.

Hint: 1
"""
import numpy as np


def perplexity(logits, targets):
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = (e / e.sum(axis=-1, keepdims=True))[np.arange(len(e)), targets]
    return float(np.exp(np.mean(-np.log(p))))
