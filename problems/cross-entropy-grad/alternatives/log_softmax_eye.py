"""Probabilities as exp(z - logsumexp(z)), minus a one-hot row taken from np.eye."""
import numpy as np


def cross_entropy_grad(logits, target):
    z = np.asarray(logits, dtype=float)
    m = z.max()
    lse = m + np.log(np.sum(np.exp(z - m)))
    return np.exp(z - lse) - np.eye(len(z))[target]
