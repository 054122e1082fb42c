"""Keeps (n, mean, var) per feature and merges variances as weighted averages plus the between-batch term."""
import numpy as np


def running_mean_var(batches):
    state = None
    for batch in batches:
        b = np.asarray(batch, dtype=float)
        if len(b) == 0:
            continue
        nb, mb, vb = len(b), b.mean(axis=0), b.var(axis=0)
        if state is None:
            state = (nb, mb, vb)
            continue
        na, ma, va = state
        if ma.shape != mb.shape:
            raise ValueError("batches disagree on the number of features")
        n = na + nb
        wa, wb = na / n, nb / n
        state = (n, wa * ma + wb * mb, wa * va + wb * vb + wa * wb * (mb - ma) ** 2)
    if state is None:
        raise ValueError("no rows")
    return state[1], state[2], state[0]
