"""Boolean masks filling a float32 output array, one region at a time."""
import numpy as np


def huber_loss(pred, target, delta=1.0):
    r = (np.asarray(pred) - np.asarray(target)).astype(np.float32)
    a = np.abs(r)
    small = a <= delta
    out = np.empty_like(r)
    out[small] = 0.5 * r[small] ** 2
    out[~small] = delta * (a[~small] - 0.5 * delta)
    return float(out.sum() / out.size)


def huber_loss_grad(pred, target, delta=1.0):
    r = (np.asarray(pred) - np.asarray(target)).astype(np.float32)
    g = r.copy()
    big = np.abs(r) > delta
    g[big] = delta * np.sign(r[big])
    return g / r.size
