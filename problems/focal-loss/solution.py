import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    """Mean focal loss of a batch of logits.

    logits: float array (N, C); targets: integer array (N,) of class indices in [0, C).
    gamma: focusing parameter >= 0 (0 gives the cross-entropy).
    Returns a float: the mean over rows of -(1 - p_t)^gamma * log(p_t).
    """
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != (z.shape[0],):
        raise ValueError(f"targets of shape {t.shape} do not match logits of shape {z.shape}")
    m = z.max(axis=-1, keepdims=True)
    log_p = z - m - np.log(np.exp(z - m).sum(axis=-1, keepdims=True))  # log-softmax of each row
    log_pt = log_p[np.arange(z.shape[0]), t]
    modulator = -np.expm1(log_pt)  # 1 - p_t, accurate even when p_t is close to 1
    return float(np.mean(modulator**gamma * -log_pt))
