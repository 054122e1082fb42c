import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """DDPM's linear noise schedule, as the cumulative products of the alphas.

    T: number of diffusion steps, an int >= 1 (else ValueError).
    betas = linspace(beta_start, beta_end, T); returns alphas_cumprod = cumprod(1 - betas), shape (T,).
    """
    if T < 1:
        raise ValueError(f"T must be at least 1, got {T}")
    betas = np.linspace(beta_start, beta_end, int(T))
    return np.cumprod(1.0 - betas)


def q_sample(x0, t, alphas_cumprod, noise):
    """Sample x_t ~ q(x_t | x_0) in one shot: sqrt(abar_t) * x0 + sqrt(1 - abar_t) * noise.

    x0, noise: float arrays (B, ...) of the same shape. t: int array (B,), one timestep per sample,
    each in [0, T). alphas_cumprod: (T,). Returns a new array of x0's shape.
    Raises ValueError on mismatched shapes or a timestep outside [0, T).
    """
    x0 = np.asarray(x0, dtype=float)
    noise = np.asarray(noise, dtype=float)
    t = np.asarray(t)
    abar = np.asarray(alphas_cumprod, dtype=float)
    if noise.shape != x0.shape:
        raise ValueError(f"noise has shape {noise.shape}, x0 has shape {x0.shape}")
    if t.shape != x0.shape[:1]:
        raise ValueError(f"t must hold one timestep per sample of x0 {x0.shape}, got shape {t.shape}")
    if t.size and (t.min() < 0 or t.max() >= len(abar)):
        raise ValueError(f"timesteps must be in [0, {len(abar)})")
    a = abar[t].reshape((-1,) + (1,) * (x0.ndim - 1))  # (B, 1, ..., 1): broadcasts over each sample
    return np.sqrt(a) * x0 + np.sqrt(1.0 - a) * noise
