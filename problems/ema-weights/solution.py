import numpy as np


def ema_update(ema, params, decay=0.999):
    """One exponential-moving-average update of a model's weights.

    ema, params: dicts mapping parameter names to float arrays (matching shapes per name).
    Returns a NEW dict with, for every name, decay * ema[name] + (1 - decay) * params[name]
    (new arrays; neither dict nor any array in them is modified).
    Raises KeyError if a name is in one dict but not in the other.
    """
    missing = set(ema) ^ set(params)  # names in exactly one of the two dicts
    if missing:
        raise KeyError(f"names in only one of ema and params: {sorted(missing)}")
    return {name: decay * np.asarray(ema[name], dtype=float) + (1 - decay) * np.asarray(params[name], dtype=float)
            for name in ema}
