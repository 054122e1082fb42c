"""Python loops with math.exp over the entries, written into a new numpy array."""
import math

import numpy as np


def cross_entropy_grad(logits, target):
    values = [float(v) for v in logits]
    m = max(values)
    exps = [math.exp(v - m) for v in values]
    total = sum(exps)
    grad = np.empty(len(values))
    for i, e in enumerate(exps):
        grad[i] = e / total - (1.0 if i == target else 0.0)
    return grad
