"""np.take along axis 0 (ids converted to np.intp first), and np.add.at with ids and dout in their original shapes."""
import numpy as np


def embedding_forward(ids, table):
    return np.take(table, ids.astype(np.intp), axis=0)


def embedding_backward(ids, dout, vocab_size):
    dtable = np.zeros((vocab_size, dout.shape[-1]))
    np.add.at(dtable, ids, dout)
    return dtable
