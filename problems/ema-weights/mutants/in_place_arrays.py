"""Updates the caller's ema arrays in place (ema[k] *= decay; ema[k] += ...) and returns the ema dict itself.

Hint: 2
"""
import numpy as np


def ema_update(ema, params, decay=0.999):
    if set(ema) != set(params):
        raise KeyError("names differ")
    for k in ema:
        ema[k] *= decay
        ema[k] += (1 - decay) * params[k]
    return ema
