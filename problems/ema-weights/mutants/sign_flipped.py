"""Moves the average away from the weights: ema + (1 - decay) * (ema - params) instead of towards them."""
import numpy as np


def ema_update(ema, params, decay=0.999):
    if set(ema) != set(params):
        raise KeyError("names differ")
    return {k: ema[k] + (1 - decay) * (ema[k] - params[k]) for k in ema}
