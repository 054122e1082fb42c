"""Backward uses buffered fancy indexing, dtable[ids] += dout, which keeps one contribution per repeated id.

Hint: 2
"""
import numpy as np


def embedding_backward(ids, dout, vocab_size):
    dtable = np.zeros((vocab_size, dout.shape[-1]))
    dtable[ids] += dout
    return dtable
