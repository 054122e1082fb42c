import numpy as np


def gumbel_softmax(logits, temperature, rng):
    """A relaxed (differentiable) sample of a categorical distribution: the Gumbel-softmax.

    logits: float array (..., C). temperature: float > 0 (else ValueError). rng: np.random.Generator.
    Draws u = rng.random(logits.shape) exactly once, g = -log(-log(u)) (standard Gumbel noise),
    and returns softmax((logits + g) / temperature) along the last axis, a new array of the
    same shape. Stable for logits up to 1e4 and temperatures down to 1e-2.
    """
    if not temperature > 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    z = np.asarray(logits, dtype=float)
    u = rng.random(z.shape)
    g = -np.log(-np.log(u))  # standard Gumbel noise, one per entry
    y = (z + g) / temperature
    e = np.exp(y - y.max(axis=-1, keepdims=True))  # stable softmax: every exponent <= 0
    return e / e.sum(axis=-1, keepdims=True)
