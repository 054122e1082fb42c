"""Deep-copies each array with np.array, then updates the copies in place; missing names found with a loop."""
import numpy as np


def ema_update(ema, params, decay=0.999):
    for name in list(ema) + list(params):
        if name not in ema or name not in params:
            raise KeyError(name)
    result = {}
    for name in params:
        buf = np.array(ema[name], dtype=float)  # a copy, so in-place work is safe
        buf *= decay
        buf += (1 - decay) * params[name]
        result[name] = buf
    return result
