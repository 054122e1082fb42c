"""Loops over the names of params and skips those missing from ema, so a name missing from params is silently dropped.

Hint: 1
"""
import numpy as np


def ema_update(ema, params, decay=0.999):
    out = {k: decay * ema[k] + (1 - decay) * params[k] for k in params if k in ema}
    if len(out) != len(params):
        raise KeyError("a name of params is not in ema")
    return out
