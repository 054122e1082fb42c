"""Clips q to [1e-12, 1] before the log: finite where the answer is inf, and wrong for tiny q.

Hint: 2
"""
import numpy as np


def kl_divergence(p, q):
    terms = np.where(p > 0, p * np.log(p / np.clip(q, 1e-12, 1.0)), 0.0)
    return float(np.mean(np.sum(terms, axis=-1)))
