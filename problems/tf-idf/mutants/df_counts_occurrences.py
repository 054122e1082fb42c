"""Computes df as the total count of each term (counts.sum(axis=0)) instead of the number of documents containing it.

Hint: 1
"""
import numpy as np


def tf_idf(counts):
    counts = np.asarray(counts, dtype=float)
    n_docs = counts.shape[0]
    df = counts.sum(axis=0)
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    weighted = counts * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return weighted / np.where(norms > 0, norms, 1.0)
