import numpy as np


def sample_tokens(logits, temperature, rng):
    """Draw one token per row from softmax(logits / temperature) by inverse transform sampling.

    logits: float array (..., V), finite or -inf, at least one finite entry per row.
    temperature: float > 0 (else ValueError). rng: np.random.Generator.
    Draws exactly u = rng.random(logits.shape[:-1]); each row's token is the smallest index j
    whose cumulative probability exceeds u (the last index if rounding keeps them all <= u).
    Returns an int array of shape logits.shape[:-1], or a Python int for 1-D logits.
    """
    if not temperature > 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    s = np.asarray(logits, dtype=float) / temperature
    e = np.exp(s - s.max(axis=-1, keepdims=True))  # stable: every exponent <= 0
    cdf = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
    u = rng.random(s.shape[:-1])  # the one draw: one uniform per row
    count = (cdf <= u[..., None]).sum(axis=-1)  # = the smallest index with cdf > u
    idx = np.minimum(count, s.shape[-1] - 1)  # rounding: no cdf above u -> last index
    if s.ndim == 1:
        return int(idx)
    return idx
