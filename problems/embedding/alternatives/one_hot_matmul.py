"""The lookup as a one-hot matrix product, and the gradient as onehot.T @ dout (a linear layer)."""
import numpy as np


def embedding_forward(ids, table):
    onehot = (ids[..., None] == np.arange(table.shape[0])).astype(table.dtype)
    return onehot @ table


def embedding_backward(ids, dout, vocab_size):
    dim = dout.shape[-1]
    onehot = (ids.reshape(-1, 1) == np.arange(vocab_size)).astype(float)
    return onehot.T @ dout.reshape(-1, dim)
