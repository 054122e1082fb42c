import numpy as np


def tf_idf(counts):
    """TF-IDF features with smoothed idf and unit-L2 rows.

    counts: array of shape (n_docs, n_terms), counts[i, j] = how often term j occurs in document i.
    Returns a new float array of the same shape: counts * idf, with every nonzero row scaled to
    unit L2 norm (all-zero rows stay zero), where idf = log((1 + n_docs) / (1 + df)) + 1 and
    df[j] is the number of documents in which term j occurs.
    """
    counts = np.asarray(counts, dtype=float)
    n_docs = counts.shape[0]
    df = (counts > 0).sum(axis=0)                     # documents containing each term
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    weighted = counts * idf                           # broadcasts idf over the rows
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return weighted / np.where(norms > 0, norms, 1.0)  # zero rows: 0 / 1 = 0
