"""Pure-Python loops with math.log, returning float('inf') as soon as q rules out an outcome of p."""
import math

import numpy as np


def kl_divergence(p, q):
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    rows_p = p.reshape(-1, p.shape[-1]).tolist()
    rows_q = q.reshape(-1, q.shape[-1]).tolist()
    total = 0.0
    for row_p, row_q in zip(rows_p, rows_q):
        for a, b in zip(row_p, row_q):
            if a == 0.0:
                continue
            if b == 0.0:
                return float("inf")
            total += a * math.log(a / b)
    return total / len(rows_p)
