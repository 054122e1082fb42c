"""Per row, sum(q) * logsumexp(z) - q . z (no log-probabilities), via np.logaddexp.reduce and einsum."""
import numpy as np


def soft_target_cross_entropy(logits, targets, label_smoothing=0.0):
    z = np.asarray(logits, dtype=float)
    q = (1.0 - label_smoothing) * np.asarray(targets, dtype=float) + label_smoothing / z.shape[1]
    lse = np.logaddexp.reduce(z, axis=1)
    m = z.max(axis=1)
    # q . z computed relative to the row maximum, so huge logits do not cancel catastrophically
    per_example = q.sum(axis=1) * (lse - m) - np.einsum("bc,bc->b", q, z - m[:, None])
    return np.mean(per_example)
