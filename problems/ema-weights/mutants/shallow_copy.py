"""Starts from ema.copy(), a shallow copy, and updates its arrays in place, which are still the caller's arrays.

Hint: 2
"""
import numpy as np


def ema_update(ema, params, decay=0.999):
    if set(ema) != set(params):
        raise KeyError("names differ")
    out = ema.copy()
    for k in out:
        np.multiply(out[k], decay, out=out[k])
        out[k] += (1 - decay) * params[k]
    return out
