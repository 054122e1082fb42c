"""Uses presence (count > 0) as the term frequency instead of the count itself."""
import numpy as np


def tf_idf(counts):
    counts = np.asarray(counts, dtype=float)
    n_docs = counts.shape[0]
    present = (counts > 0).astype(float)
    df = present.sum(axis=0)
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    weighted = present * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return weighted / np.where(norms > 0, norms, 1.0)
