"""The rule computed in float32."""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    p, g, v = (np.asarray(a, dtype=np.float32) for a in (param, grad, velocity))
    if not (p.shape == g.shape == v.shape):
        raise ValueError("param, grad and velocity must have one shape")
    mu = np.float32(momentum)
    v = mu * v + g
    return p - np.float32(lr) * (g + mu * v), v
