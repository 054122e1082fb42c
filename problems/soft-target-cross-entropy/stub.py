import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    """Mean cross-entropy between target distributions and softmax(logits).

    logits: float array of shape (B, C).
    targets: float array of shape (B, C); each row is a probability distribution
        (one-hot or soft).
    label_smoothing: eps in [0, 1]; the targets become targets * (1 - eps) + eps / C.
    Returns a float: the loss averaged over the B examples.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(soft_target_cross_entropy(np.zeros((1, 3)), np.array([[1.0, 0.0, 0.0]])))
