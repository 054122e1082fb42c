"""Loss takes -log of the softmax probability, which is log(0) = -inf once a probability underflows."""
import numpy as np


def softmax(logits):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy_loss(logits, targets):
    p = softmax(logits)[np.arange(len(logits)), targets]
    return float(np.mean(-np.log(p)))


def softmax_cross_entropy_backward(probs, targets):
    grad = np.array(probs, dtype=float)
    grad[np.arange(len(grad)), targets] -= 1.0
    return grad / len(grad)
