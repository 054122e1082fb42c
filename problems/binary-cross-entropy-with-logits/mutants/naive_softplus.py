"""Uses log(1 + exp(x)) - x t: right formula, but exp(x) overflows for large positive logits.

Hint: 2
"""
import numpy as np


def bce_with_logits(logits, targets):
    return float(np.mean(np.log(1 + np.exp(logits)) - logits * targets))
