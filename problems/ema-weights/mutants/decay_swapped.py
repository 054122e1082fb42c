"""Swaps the weights: (1 - decay) * ema + decay * params, so the average jumps to the new weights."""
import numpy as np


def ema_update(ema, params, decay=0.999):
    if set(ema) != set(params):
        raise KeyError("names differ")
    return {k: (1 - decay) * ema[k] + decay * params[k] for k in ema}
