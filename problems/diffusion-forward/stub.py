import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """DDPM's linear noise schedule, as the cumulative products of the alphas.

    T: number of diffusion steps, an int >= 1 (else ValueError).
    betas = linspace(beta_start, beta_end, T); returns alphas_cumprod = cumprod(1 - betas), shape (T,).
    """
    raise NotImplementedError


def q_sample(x0, t, alphas_cumprod, noise):
    """Sample x_t ~ q(x_t | x_0) in one shot: sqrt(abar_t) * x0 + sqrt(1 - abar_t) * noise.

    x0, noise: float arrays (B, ...) of the same shape. t: int array (B,), one timestep per sample,
    each in [0, T). alphas_cumprod: (T,). Returns a new array of x0's shape.
    Raises ValueError on mismatched shapes or a timestep outside [0, T).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The examples of the statement: press Run to see what your code prints.
    print(linear_beta_schedule(4, beta_start=0.1, beta_end=0.4))
    x0 = np.array([[1.0, 2.0], [3.0, 4.0]])
    noise = np.array([[1.0, -1.0], [0.5, 0.0]])
    print(q_sample(x0, np.array([0, 2]), np.array([0.64, 0.5, 0.36]), noise))
