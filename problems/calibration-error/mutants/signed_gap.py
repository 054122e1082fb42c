"""Sums the signed gaps (accuracy - confidence) without the absolute value, so over- and under-confident bins cancel.

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
    acc_sum = np.bincount(bins, weights=correct, minlength=n_bins)
    conf_sum = np.bincount(bins, weights=conf, minlength=n_bins)
    return float(abs((acc_sum - conf_sum).sum()) / len(labels))
