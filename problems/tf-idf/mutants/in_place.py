"""Multiplies and divides the caller's counts array in place (counts *= idf), overwriting the input."""
import numpy as np


def tf_idf(counts):
    counts = np.asarray(counts)
    if counts.dtype.kind != "f":
        counts = counts.astype(float)
    n_docs = counts.shape[0]
    df = (counts > 0).sum(axis=0)
    counts *= np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    norms = np.linalg.norm(counts, axis=1, keepdims=True)
    counts /= np.where(norms > 0, norms, 1.0)
    return counts
