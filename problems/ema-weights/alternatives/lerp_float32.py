"""The lerp form ema + (1 - decay) * (params - ema) in float32, names compared with dict key views."""
import numpy as np


def ema_update(ema, params, decay=0.999):
    if ema.keys() != params.keys():
        raise KeyError("ema and params must have the same names")
    out = {}
    for name, avg in ema.items():
        a = np.asarray(avg, dtype=np.float32)
        out[name] = a + np.float32(1 - decay) * (np.asarray(params[name], dtype=np.float32) - a)
    return out
