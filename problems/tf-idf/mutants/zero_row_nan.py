"""Divides every row by its norm without a guard, so an empty document becomes 0 / 0 = nan.

Hint: 2
"""
import numpy as np


def tf_idf(counts):
    counts = np.asarray(counts, dtype=float)
    n_docs = counts.shape[0]
    df = (counts > 0).sum(axis=0)
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    weighted = counts * idf
    with np.errstate(invalid="ignore"):
        return weighted / np.linalg.norm(weighted, axis=1, keepdims=True)
