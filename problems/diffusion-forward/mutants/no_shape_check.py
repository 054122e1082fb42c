"""Never checks the shapes of noise and t against x0, so broadcastable mismatches return a result instead of raising ValueError."""
import numpy as np


def q_sample(x0, t, alphas_cumprod, noise):
    t = np.asarray(t)
    if t.min() < 0 or t.max() >= len(alphas_cumprod):
        raise ValueError("timestep out of range")
    a = np.asarray(alphas_cumprod)[t].reshape((-1,) + (1,) * (np.ndim(x0) - 1))
    return np.sqrt(a) * x0 + np.sqrt(1.0 - a) * noise
