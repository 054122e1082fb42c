"""Python loops with math.sqrt, scaling only when total_norm > max_norm, copying otherwise."""
import math

import numpy as np


def clip_grad_norm(grads, max_norm):
    squares = 0.0
    for g in grads:
        for x in np.ravel(g):
            squares += float(x) * float(x)
    total = math.sqrt(squares)
    if total > max_norm:
        factor = max_norm / (total + 1e-6)
        return [g * factor for g in grads], total
    return [np.array(g, copy=True) for g in grads], total
