"""float32 arithmetic; the sign built from comparisons, (c > 0) - (c < 0)."""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    p32, g32, m32 = (np.asarray(a, dtype=np.float32) for a in (param, grad, m))
    c = np.float32(beta1) * m32 + np.float32(1 - beta1) * g32
    direction = (c > 0).astype(np.float32) - (c < 0).astype(np.float32)
    new_param = p32 - np.float32(lr) * (np.float32(weight_decay) * p32 + direction)
    new_m = m32 + np.float32(1 - beta2) * (g32 - m32)
    return new_param, new_m
