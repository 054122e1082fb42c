import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    """InfoNCE contrastive loss: row i of queries should match row i of keys.

    queries, keys: float arrays (N, D) with nonzero rows; temperature > 0.
    Returns a float: the mean over i of the cross-entropy of softmax(logits[i]) at i, where
    logits = normalised queries @ normalised keys.T / temperature, shape (N, N).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    queries = np.array([[3.0, 4.0], [0.0, 2.0]])
    keys = np.array([[1.0, 0.0], [0.0, 5.0]])
    print(info_nce_loss(queries, keys, temperature=0.5))
