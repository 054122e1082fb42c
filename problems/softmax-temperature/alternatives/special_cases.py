"""Special-cases T = inf (uniform) and masks the non-maximal entries by hand for a tiny T."""
import numpy as np


def softmax_with_temperature(logits, temperature):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    z = np.array(logits, dtype=float)
    if np.isinf(temperature):
        return np.full(z.shape, 1.0 / z.shape[-1])
    gap = z.max(axis=-1, keepdims=True) - z  # >= 0, exactly 0 at the maxima
    # gap / T overflows only where gap > 0, and then the probability is 0 anyway.
    far = gap > temperature * 700.0
    scaled = np.where(far, 0.0, gap) / temperature
    e = np.where(far, 0.0, np.exp(-scaled))
    return e / e.sum(axis=-1, keepdims=True)
