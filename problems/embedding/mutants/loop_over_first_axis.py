"""Backward loops over the first axis only: right for 1-D ids, but rows of 2-D ids use buffered +=.

Hint: 2
"""
import numpy as np


def embedding_backward(ids, dout, vocab_size):
    dtable = np.zeros((vocab_size, dout.shape[-1]))
    for i in range(len(ids)):
        dtable[ids[i]] += dout[i]
    return dtable
