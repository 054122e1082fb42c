"""abar from a sum of log1p(-beta) and 1 - abar from expm1 (no cancellation), the step itself in float32."""
import math

import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    if np.shape(eps_pred) != np.shape(x_t) or np.shape(noise) != np.shape(x_t):
        raise ValueError("shape mismatch")
    if not (0 <= t < len(betas)):
        raise ValueError("timestep outside the schedule")
    t = int(t)
    log_abar = [0.0]
    for b in betas[: t + 1]:
        log_abar.append(log_abar[-1] + math.log1p(-float(b)))
    one_minus_abar = -math.expm1(log_abar[t + 1])
    one_minus_prev = -math.expm1(log_abar[t])
    beta = float(betas[t])
    x = np.asarray(x_t, dtype=np.float32)
    e = np.asarray(eps_pred, dtype=np.float32)
    mean = (x - np.float32(beta / math.sqrt(one_minus_abar)) * e) / np.float32(math.sqrt(1 - beta))
    sigma = math.sqrt(beta * one_minus_prev / one_minus_abar)
    return mean + np.float32(sigma) * np.asarray(noise, dtype=np.float32)
