"""Stores the new arrays back into the caller's ema dict (ema[k] = ...) and returns that same dict.

Hint: 2
"""
import numpy as np


def ema_update(ema, params, decay=0.999):
    if set(ema) != set(params):
        raise KeyError("names differ")
    for k in ema:
        ema[k] = decay * ema[k] + (1 - decay) * params[k]
    return ema
