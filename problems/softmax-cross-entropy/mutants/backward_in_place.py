"""Backward subtracts 1 at the targets directly in the caller's probs array."""
import numpy as np


def softmax_cross_entropy_backward(probs, targets):
    probs[np.arange(len(probs)), targets] -= 1.0
    return probs / len(probs)
