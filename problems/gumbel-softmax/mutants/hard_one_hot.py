"""Returns the one-hot vector of argmax(z + g) (the Gumbel-max sample) instead of the soft, tempered softmax."""
import numpy as np


def gumbel_softmax(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float)
    g = -np.log(-np.log(rng.random(z.shape)))
    idx = np.argmax(z + g, axis=-1)
    return np.eye(z.shape[-1])[idx]
