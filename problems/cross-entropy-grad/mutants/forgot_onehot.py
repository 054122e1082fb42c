"""Returns the softmax probabilities and forgets to subtract the one-hot target.

Hint: 2
"""
import numpy as np


def cross_entropy_grad(logits, target):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum()
