import numpy as np


def tf_idf(counts):
    """TF-IDF features with smoothed idf and unit-L2 rows.

    counts: array of shape (n_docs, n_terms), counts[i, j] = how often term j occurs in document i.
    Returns a new float array of the same shape: counts * idf, with every nonzero row scaled to
    unit L2 norm (all-zero rows stay zero), where idf = log((1 + n_docs) / (1 + df)) + 1 and
    df[j] is the number of documents in which term j occurs.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    counts = np.array([[1, 1, 0],
                       [1, 0, 2],
                       [1, 0, 0]])
    print(tf_idf(counts))
