"""Loops over the names of ema only, so an extra name in params is silently ignored instead of raising KeyError.

Hint: 1
"""
import numpy as np


def ema_update(ema, params, decay=0.999):
    return {k: decay * ema[k] + (1 - decay) * params[k] for k in ema}
