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
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    betas = np.array([0.36, 0.4375])
    x_t = np.array([1.0, -0.5])
    eps_pred = np.array([0.8, 0.4])
    noise = np.array([1.0, -2.0])
    print(ddpm_step(x_t, 1, eps_pred, betas, noise))
