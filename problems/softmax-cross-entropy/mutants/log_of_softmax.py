"""Loss takes -log of the softmax probability, which is log(0) = -inf once a probability underflows.

Hint: 2
"""
import numpy as np


def cross_entropy_loss(logits, targets):
    p = softmax(logits)[np.arange(len(logits)), targets]
    return float(np.mean(-np.log(p)))
