import numpy as np


def cross_entropy_grad(logits, target):
    """Gradient of -log softmax(logits)[target] with respect to logits.

    logits: float array of shape (C,); target: int class index.
    Returns a float array of shape (C,).
    """
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max())
    grad = e / e.sum()
    grad[target] -= 1.0
    return grad
