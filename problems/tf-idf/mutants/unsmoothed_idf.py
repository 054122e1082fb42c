"""Uses the unsmoothed idf log(n_docs / df) + 1, which is infinite (then nan) for a term in no document."""
import numpy as np


def tf_idf(counts):
    counts = np.asarray(counts, dtype=float)
    n_docs = counts.shape[0]
    df = (counts > 0).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        idf = np.log(n_docs / df) + 1.0
        weighted = counts * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return weighted / np.where(norms > 0, norms, 1.0)
