import numpy as np


def embedding_forward(ids, table):
    """Look up one row of the table per id.

    ids: integer array of any shape S, values in 0..V-1; table: float array (V, D).
    Returns a float array of shape S + (D,): out[..., :] = table[ids[...]].
    """
    raise NotImplementedError


def embedding_backward(ids, dout, vocab_size):
    """Gradient of the loss with respect to the table.

    ids: integer array of shape S; dout: float array S + (D,); vocab_size: V.
    Returns a float array (V, D); an id that occurs several times receives the sum of its rows.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    table = np.array([[0.0, 0.1], [1.0, 1.1], [2.0, 2.1], [3.0, 3.1]])
    ids = np.array([2, 0, 2])
    print(embedding_forward(ids, table))
    dout = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    print(embedding_backward(ids, dout, 4))
