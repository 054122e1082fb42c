"""Indexes z[:, targets], which picks every target column for every row (a T x T block).

Hint: 2
"""
import numpy as np


def perplexity(logits, targets):
    m = logits.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(logits - m).sum(axis=-1, keepdims=True))
    return float(np.exp(np.mean(lse - logits[:, targets])))
