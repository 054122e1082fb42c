import numpy as np


def softmax_with_temperature(logits, temperature):
    """softmax(logits / temperature) over the last axis, stable for any temperature > 0.

    logits: numeric array of shape (..., C); temperature: a float > 0 (float('inf') allowed).
    Returns a float array of the same shape as logits.
    Raises ValueError if temperature <= 0.
    """
    if not temperature > 0:
        raise ValueError(f"temperature must be > 0, got {temperature!r}")
    z = np.asarray(logits, dtype=float)
    # Shift first, then scale: every exponent is <= 0, so for a tiny temperature the
    # non-maximal entries go to -inf (exp -> 0) instead of overflowing to +inf.
    with np.errstate(over="ignore"):
        shifted = (z - z.max(axis=-1, keepdims=True)) / temperature
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)
