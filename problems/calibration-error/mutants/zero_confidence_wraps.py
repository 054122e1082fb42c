"""Computes the bin as ceil(c * B) - 1 without clipping, so a confidence of 0 gets bin -1, which numpy reads as the last bin.

Hint: 1
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
    bins = np.ceil(conf * n_bins).astype(np.intp) - 1
    acc_sum = np.zeros(n_bins)
    conf_sum = np.zeros(n_bins)
    np.add.at(acc_sum, bins, correct)
    np.add.at(conf_sum, bins, conf)
    return float(np.abs(acc_sum - conf_sum).sum() / len(labels))
