import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    """Expected calibration error with n_bins equal-width, right-closed confidence bins.

    probs: (N, C) predicted probabilities; labels: 1-D integer array of length N in [0, C).
    Confidence = row max, prediction = argmax (ties: lowest index); bin b holds confidences in
    (b / n_bins, (b + 1) / n_bins], a confidence of 0 goes to bin 0.
    ECE = sum over bins of (count / N) * |accuracy - mean confidence|; empty bins add 0.
    Returns a float. Raises ValueError for n_bins < 1, N == 0, len(labels) != N or a label
    outside [0, C).
    """
    probs = np.asarray(probs, dtype=float)
    labels = np.asarray(labels)
    if n_bins < 1:
        raise ValueError(f"n_bins must be at least 1, got {n_bins}")
    if probs.ndim != 2 or probs.shape[0] == 0:
        raise ValueError(f"probs must have shape (N, C) with N >= 1, got {probs.shape}")
    n, c = probs.shape
    if labels.shape != (n,):
        raise ValueError(f"labels has shape {labels.shape}, expected ({n},)")
    if np.any((labels < 0) | (labels >= c)):
        raise ValueError(f"labels must lie in [0, {c})")
    confidence = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    bins = np.clip(np.ceil(confidence * n_bins).astype(np.intp) - 1, 0, n_bins - 1)
    acc_sum = np.bincount(bins, weights=correct, minlength=n_bins)
    conf_sum = np.bincount(bins, weights=confidence, minlength=n_bins)
    return float(np.abs(acc_sum - conf_sum).sum() / n)
