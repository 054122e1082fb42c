"""Raises ValueError instead of KeyError when the names differ."""
import numpy as np


def ema_update(ema, params, decay=0.999):
    if set(ema) != set(params):
        raise ValueError("ema and params have different names")
    return {k: decay * ema[k] + (1 - decay) * params[k] for k in ema}
