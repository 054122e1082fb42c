import numpy as np


def perplexity(logits, targets):
    """Perplexity of a sequence: exp of the mean cross-entropy of its tokens.

    logits: float array of shape (T, V), one row of next-token scores per position.
    targets: integer array of shape (T,), the token that actually came, each in 0..V-1.
    Returns a float: exp(mean over t of -log softmax(logits[t])[targets[t]]).
    """
    z = np.asarray(logits, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)  # every row's maximum becomes 0
    log_norm = np.log(np.exp(shifted).sum(axis=-1))  # log-sum-exp of the shifted row, in [0, log V]
    picked = shifted[np.arange(z.shape[0]), np.asarray(targets)]  # shifted logit of the true token
    cross_entropy = log_norm - picked  # -log softmax(z)[target] for every position
    return float(np.exp(np.mean(cross_entropy)))
