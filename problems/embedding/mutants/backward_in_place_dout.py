"""Backward scales dout in place while building the gradient, changing the caller's array."""
import numpy as np


def embedding_backward(ids, dout, vocab_size):
    dim = dout.shape[-1]
    flat_dout = dout.reshape(-1, dim)  # a view of the caller's dout
    dtable = np.zeros((vocab_size, dim))
    for p, v in enumerate(ids.reshape(-1)):
        dtable[v] += flat_dout[p]
        flat_dout[p] = 0.0  # "consumed"
    return dtable
