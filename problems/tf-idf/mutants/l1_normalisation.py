"""Divides each row by the sum of its entries (L1 norm) instead of its Euclidean (L2) norm.

Hint: 2
"""
import numpy as np


def tf_idf(counts):
    counts = np.asarray(counts, dtype=float)
    n_docs = counts.shape[0]
    df = (counts > 0).sum(axis=0)
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    weighted = counts * idf
    norms = weighted.sum(axis=1, keepdims=True)
    return weighted / np.where(norms > 0, norms, 1.0)
