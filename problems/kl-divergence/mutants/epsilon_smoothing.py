"""Adds eps = 1e-10 to p and q inside the log to dodge log(0): the inf case comes out finite.

Hint: 2
"""
import numpy as np


def kl_divergence(p, q):
    eps = 1e-10
    return float(np.mean(np.sum(p * np.log((p + eps) / (q + eps)), axis=-1)))
