import numpy as np


def softmax(logits):
    """Softmax over the last axis of logits, computed stably.

    logits: float array of shape (..., C).
    Returns a float array of the same shape; every slice along the last axis sums to 1.
    """
    raise NotImplementedError


def cross_entropy_loss(logits, targets):
    """Mean cross-entropy of a batch, computed with a stable log-softmax.

    logits: float array of shape (B, C); targets: int array of shape (B,) with values in 0..C-1.
    Returns a Python float: mean over the batch of -log softmax(logits)[i, targets[i]].
    """
    raise NotImplementedError


def softmax_cross_entropy_backward(probs, targets):
    """Gradient of cross_entropy_loss with respect to the logits.

    probs: float array of shape (B, C), the softmax of the logits; targets: int array of shape (B,).
    Returns a float array of shape (B, C): (probs - onehot(targets)) / B.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
    targets = np.array([0, 2])
    probs = softmax(logits)
    print(probs)
    print(cross_entropy_loss(logits, targets))
    print(softmax_cross_entropy_backward(probs, targets))
