import numpy as np


def embedding_forward(ids, table):
    """Look up one row of the table per id.

    ids: integer array of any shape S, values in 0..V-1; table: float array (V, D).
    Returns a float array of shape S + (D,): out[..., :] = table[ids[...]].
    """
    return table[ids]  # integer-array indexing always returns a new array


def embedding_backward(ids, dout, vocab_size):
    """Gradient of the loss with respect to the table.

    ids: integer array of shape S; dout: float array S + (D,); vocab_size: V.
    Returns a float array (V, D); an id that occurs several times receives the sum of its rows.
    """
    dim = dout.shape[-1]
    dtable = np.zeros((vocab_size, dim))
    np.add.at(dtable, ids.reshape(-1), dout.reshape(-1, dim))  # unbuffered: repeats accumulate
    return dtable
