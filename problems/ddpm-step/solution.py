import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    """One reverse (sampling) step of DDPM: x_{t-1} from x_t and the predicted noise.

    x_t, eps_pred, noise: float arrays of the same shape (else ValueError).
    t: int in [0, T) with T = len(betas) (else ValueError). betas: (T,) in (0, 1).
    alpha_t = 1 - betas[t]; abar_t = prod_{s <= t} (1 - betas[s]); abar_{-1} = 1.
    mean = (x_t - betas[t] / sqrt(1 - abar_t) * eps_pred) / sqrt(alpha_t)
    sigma_t^2 = betas[t] * (1 - abar_{t-1}) / (1 - abar_t)
    Returns mean + sigma_t * noise for t > 0, and mean alone at t = 0 (a new array).
    """
    x_t = np.asarray(x_t, dtype=float)
    eps_pred = np.asarray(eps_pred, dtype=float)
    noise = np.asarray(noise, dtype=float)
    betas = np.asarray(betas, dtype=float)
    if eps_pred.shape != x_t.shape or noise.shape != x_t.shape:
        raise ValueError(f"x_t, eps_pred and noise must have one shape, got {x_t.shape}, {eps_pred.shape}, {noise.shape}")
    T = len(betas)
    if not 0 <= t < T:
        raise ValueError(f"t must be in [0, {T}), got {t}")
    t = int(t)
    abar = np.cumprod(1.0 - betas)  # abar[s] = prod_{r <= s} (1 - betas[r])
    abar_t = abar[t]
    beta_t = betas[t]
    mean = (x_t - beta_t / np.sqrt(1.0 - abar_t) * eps_pred) / np.sqrt(1.0 - beta_t)
    if t == 0:
        return mean  # the last step adds no noise (sigma_0 = 0)
    abar_prev = abar[t - 1]
    sigma = np.sqrt(beta_t * (1.0 - abar_prev) / (1.0 - abar_t))
    return mean + sigma * noise
