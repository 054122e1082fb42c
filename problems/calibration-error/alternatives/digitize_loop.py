"""Bin edges from np.linspace, np.digitize(right=True) for the bin, a loop over the non-empty bins."""
import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    if n_bins < 1:
        raise ValueError("n_bins must be >= 1")
    if len(probs) == 0:
        raise ValueError("no rows")
    if len(labels) != len(probs):
        raise ValueError("length mismatch")
    if labels.min() < 0 or labels.max() >= probs.shape[1]:
        raise ValueError("label out of range")
    conf = np.max(probs, axis=1)
    correct = np.argmax(probs, axis=1) == labels
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    which = np.digitize(conf, edges[1:-1], right=True)  # inner edges: (lo, hi] -> 0 .. n_bins - 1
    ece = 0.0
    for b in range(n_bins):
        in_bin = which == b
        count = np.count_nonzero(in_bin)
        if count:
            ece += count / len(conf) * abs(correct[in_bin].mean() - conf[in_bin].mean())
    return ece
