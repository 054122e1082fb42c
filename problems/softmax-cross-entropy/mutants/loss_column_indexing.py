"""Loss indexes z[:, targets], which picks every target column for every row (a B x B block)."""
import numpy as np


def softmax(logits):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy_loss(logits, targets):
    z = np.asarray(logits, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))
    return float(np.mean(lse - z[:, targets]))


def softmax_cross_entropy_backward(probs, targets):
    grad = np.array(probs, dtype=float)
    grad[np.arange(len(grad)), targets] -= 1.0
    return grad / len(grad)
