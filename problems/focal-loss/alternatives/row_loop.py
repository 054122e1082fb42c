"""A Python loop over the rows with math.log and math.exp."""
import math

import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    if len(targets) != len(logits):
        raise ValueError("one target per row of logits")
    total = 0.0
    for row, y in zip(logits, targets):
        m = max(row)
        log_pt = row[y] - m - math.log(sum(math.exp(v - m) for v in row))
        total += (1 - math.exp(log_pt)) ** gamma * -log_pt
    return total / len(logits)
