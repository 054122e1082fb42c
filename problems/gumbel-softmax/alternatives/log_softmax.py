"""rng.uniform for the same uniforms, the Gumbel noise as minus the log of exponential noise, and exp of a log-softmax."""
import numpy as np


def gumbel_softmax(logits, temperature, rng):
    if temperature <= 0:
        raise ValueError("temperature must be positive")
    z = np.asarray(logits, dtype=np.float64)
    u = rng.uniform(size=z.shape)
    e = -np.log(u)  # exponential noise
    y = (z - np.log(e)) / temperature
    m = np.max(y, axis=-1, keepdims=True)
    log_norm = m + np.log(np.sum(np.exp(y - m), axis=-1, keepdims=True))
    return np.exp(y - log_norm)
