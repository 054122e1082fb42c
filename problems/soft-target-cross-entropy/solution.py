import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    """Mean cross-entropy between target distributions and softmax(logits).

    logits: float array of shape (B, C).
    targets: float array of shape (B, C); each row is a probability distribution
        (one-hot or soft).
    label_smoothing: eps in [0, 1]; the targets become targets * (1 - eps) + eps / C.
    Returns a float: the loss averaged over the B examples.
    """
    z = np.asarray(logits, dtype=float)
    q = np.asarray(targets, dtype=float)
    num_classes = z.shape[-1]
    q = q * (1.0 - label_smoothing) + label_smoothing / num_classes
    shifted = z - z.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    per_example = -(q * log_p).sum(axis=-1)
    return float(per_example.mean())
