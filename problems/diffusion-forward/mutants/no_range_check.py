"""Does not check the timesteps, so t = -1 silently uses the last step (and t = T raises IndexError, not ValueError)."""
import numpy as np


def q_sample(x0, t, alphas_cumprod, noise):
    x0, noise, t = np.asarray(x0, dtype=float), np.asarray(noise, dtype=float), np.asarray(t)
    if noise.shape != x0.shape or t.shape != x0.shape[:1]:
        raise ValueError("bad shapes")
    a = np.asarray(alphas_cumprod)[t].reshape((-1,) + (1,) * (x0.ndim - 1))
    return np.sqrt(a) * x0 + np.sqrt(1.0 - a) * noise
