"""Softmax without subtracting the row maximum: exp(1e4) overflows and inf / inf is nan.

Hint: 1
"""
import numpy as np


def perplexity(logits, targets):
    e = np.exp(logits)
    p = e / e.sum(axis=-1, keepdims=True)
    return float(np.exp(np.mean(-np.log(p[np.arange(len(p)), targets]))))
