import numpy as np


def ema_update(ema, params, decay=0.999):
    """One exponential-moving-average update of a model's weights.

    ema, params: dicts mapping parameter names to float arrays (matching shapes per name).
    Returns a NEW dict with, for every name, decay * ema[name] + (1 - decay) * params[name]
    (new arrays; neither dict nor any array in them is modified).
    Raises KeyError if a name is in one dict but not in the other.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    ema = {"w": np.array([1.0, 2.0]), "b": np.array([0.0])}
    params = {"w": np.array([3.0, 0.0]), "b": np.array([10.0])}
    print(ema_update(ema, params, decay=0.75))
