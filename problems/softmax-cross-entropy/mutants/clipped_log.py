"""Loss takes -log of probabilities clipped to [1e-12, 1] instead of using log-softmax (27.6 instead of 1000).

Hint: 2
"""
import numpy as np


def cross_entropy_loss(logits, targets):
    p = softmax(logits)[np.arange(len(logits)), targets]
    return float(np.mean(-np.log(np.clip(p, 1e-12, 1.0))))
