import numpy as np


def top_k_accuracy(logits, targets, k):
    """Fraction of rows whose target is in the top k.

    logits: (N, C) scores; targets: 1-D integer array of length N with values in [0, C); k: int.
    A row is a hit when fewer than k of its scores are strictly greater than the target's score
    (ties at the cut-off count in the target's favour). Returns a float.
    Raises ValueError when k < 1, N == 0, len(targets) != N or a target lies outside [0, C).
    """
    logits = np.asarray(logits)
    targets = np.asarray(targets)
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    if logits.ndim != 2 or logits.shape[0] == 0:
        raise ValueError(f"logits must have shape (N, C) with N >= 1, got {logits.shape}")
    n, c = logits.shape
    if targets.shape != (n,):
        raise ValueError(f"targets has shape {targets.shape}, expected ({n},)")
    if np.any((targets < 0) | (targets >= c)):
        raise ValueError(f"targets must lie in [0, {c})")
    target_scores = logits[np.arange(n), targets]
    n_greater = (logits > target_scores[:, None]).sum(axis=1)
    return float(np.mean(n_greater < k))
