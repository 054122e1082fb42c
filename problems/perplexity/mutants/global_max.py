"""Shifts every row by the maximum of the whole array: rows far below it underflow to 0 / 0.

Hint: 1
"""
import numpy as np


def perplexity(logits, targets):
    m = logits.max()
    lse = m + np.log(np.exp(logits - m).sum(axis=-1))
    return float(np.exp(np.mean(lse - logits[np.arange(len(logits)), targets])))
