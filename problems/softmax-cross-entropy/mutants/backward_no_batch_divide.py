"""Backward returns probs - onehot and forgets to divide by the batch size B."""
import numpy as np


def softmax_cross_entropy_backward(probs, targets):
    grad = np.array(probs, dtype=float)
    grad[np.arange(len(grad)), targets] -= 1.0
    return grad
