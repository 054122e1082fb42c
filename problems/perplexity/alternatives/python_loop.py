"""A Python loop over the tokens with math.exp, math.log and math.fsum, in bits then 2 ** bits."""
import math

import numpy as np


def perplexity(logits, targets):
    rows = np.asarray(logits, dtype=float).tolist()
    bits = []
    for row, y in zip(rows, np.asarray(targets).tolist()):
        m = max(row)
        lse = m + math.log(math.fsum(math.exp(v - m) for v in row))
        bits.append((lse - row[y]) / math.log(2.0))
    return 2.0 ** (math.fsum(bits) / len(bits))
