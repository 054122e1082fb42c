"""A loop over the flattened entries with an if/else sign, returned as a list."""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    flat_p, flat_g, flat_m = (np.ravel(a).astype(float) for a in (param, grad, m))
    new_p, new_m = np.empty_like(flat_p), np.empty_like(flat_p)
    for i in range(flat_p.size):
        c = beta1 * flat_m[i] + (1 - beta1) * flat_g[i]
        step = lr if c > 0 else (-lr if c < 0 else 0.0)
        new_p[i] = flat_p[i] - lr * weight_decay * flat_p[i] - step
        new_m[i] = beta2 * flat_m[i] + (1 - beta2) * flat_g[i]
    shape = np.shape(param)
    return [new_p.reshape(shape), new_m.reshape(shape)]
