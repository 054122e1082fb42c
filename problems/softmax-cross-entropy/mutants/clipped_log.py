"""Loss takes -log of probabilities clipped to [1e-12, 1] instead of using log-softmax (27.6 instead of 1000)."""
import numpy as np


def softmax(logits):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy_loss(logits, targets):
    p = softmax(logits)[np.arange(len(logits)), targets]
    return float(np.mean(-np.log(np.clip(p, 1e-12, 1.0))))


def softmax_cross_entropy_backward(probs, targets):
    grad = np.array(probs, dtype=float)
    grad[np.arange(len(grad)), targets] -= 1.0
    return grad / len(grad)
