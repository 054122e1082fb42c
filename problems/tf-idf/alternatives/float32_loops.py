"""float32 arithmetic with explicit loops over terms and documents."""
import numpy as np


def tf_idf(counts):
    c = np.array(counts, dtype=np.float32)
    n_docs, n_terms = c.shape
    idf = np.empty(n_terms, dtype=np.float32)
    for j in range(n_terms):
        df = np.sum(c[:, j] > 0)
        idf[j] = np.log(np.float32(1 + n_docs) / np.float32(1 + df)) + 1
    out = np.zeros_like(c)
    for i in range(n_docs):
        row = c[i] * idf
        norm = np.sqrt(np.dot(row, row))
        if norm != 0:
            out[i] = row / norm
    return out
