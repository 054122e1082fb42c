"""Divides each bin's sums by its count without skipping empty bins, so 0 / 0 makes the result nan.

Hint: 2
"""
import numpy as np


def _check(probs, labels, n_bins):
    if n_bins < 1:
        raise ValueError("n_bins < 1")
    if probs.ndim != 2 or probs.shape[0] == 0:
        raise ValueError("no rows")
    if labels.shape != (probs.shape[0],):
        raise ValueError("length mismatch")
    if np.any((labels < 0) | (labels >= probs.shape[1])):
        raise ValueError("label out of range")


def expected_calibration_error(probs, labels, n_bins=10):
    _check(probs, labels, n_bins)
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    bins = np.clip(np.ceil(conf * n_bins).astype(np.intp) - 1, 0, n_bins - 1)
    count = np.bincount(bins, minlength=n_bins)
    with np.errstate(all="ignore"):
        acc = np.bincount(bins, weights=correct, minlength=n_bins) / count
        mean_conf = np.bincount(bins, weights=conf, minlength=n_bins) / count
    return float(np.sum(count / len(labels) * np.abs(acc - mean_conf)))
