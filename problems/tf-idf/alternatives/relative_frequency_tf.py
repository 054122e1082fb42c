"""Term frequencies as counts / document length before the idf (the L2 step removes the per-row factor)."""
import numpy as np


def tf_idf(counts):
    counts = np.asarray(counts, dtype=float)
    n = counts.shape[0]
    lengths = counts.sum(axis=1, keepdims=True)
    tf = np.divide(counts, lengths, out=np.zeros_like(counts), where=lengths > 0)
    df = np.count_nonzero(counts, axis=0)
    idf = 1 + np.log((n + 1) / (df + 1))
    x = tf * idf
    norm = np.sqrt(np.sum(x * x, axis=1))
    for i in range(n):
        if norm[i] > 0:
            x[i] /= norm[i]
    return x
