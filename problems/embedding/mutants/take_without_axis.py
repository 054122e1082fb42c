"""Forward uses np.take(table, ids) without axis=0, which indexes the flattened table.

Hint: 1
"""
import numpy as np


def embedding_forward(ids, table):
    return np.take(table, ids.astype(np.intp))
