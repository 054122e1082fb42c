"""Sign flipped: onehot - softmax is the gradient of +log p, not of the loss.

Hint: 2
"""
import numpy as np


def cross_entropy_grad(logits, target):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max())
    grad = -e / e.sum()
    grad[target] += 1.0
    return grad
