"""float32 terms summed with np.nansum, which drops the nan of 0 * log(0) but keeps inf."""
import numpy as np


def kl_divergence(p, q):
    p = np.asarray(p, dtype=np.float32)
    q = np.asarray(q, dtype=np.float32)
    per_distribution = np.nansum(p * (np.log(p) - np.log(q)), axis=-1)
    return float(np.mean(per_distribution))
