import numpy as np


def softmax(logits):
    """Softmax over the last axis of logits, computed stably.

    logits: float array of shape (..., C).
    Returns a float array of the same shape; every slice along the last axis sums to 1.
    """
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy_loss(logits, targets):
    """Mean cross-entropy of a batch, computed with a stable log-softmax.

    logits: float array of shape (B, C); targets: int array of shape (B,) with values in 0..C-1.
    Returns a Python float: mean over the batch of -log softmax(logits)[i, targets[i]].
    """
    z = np.asarray(logits, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(z - m).sum(axis=-1))  # log sum_j exp(z_ij), stable
    picked = z[np.arange(z.shape[0]), np.asarray(targets)]  # z[i, targets[i]] for each row i
    return float(np.mean(lse - picked))


def softmax_cross_entropy_backward(probs, targets):
    """Gradient of cross_entropy_loss with respect to the logits.

    probs: float array of shape (B, C), the softmax of the logits; targets: int array of shape (B,).
    Returns a float array of shape (B, C): (probs - onehot(targets)) / B.
    """
    grad = np.array(probs, dtype=float)  # a copy: never change the caller's probs
    batch = np.arange(grad.shape[0])
    grad[batch, np.asarray(targets)] -= 1.0
    return grad / grad.shape[0]
