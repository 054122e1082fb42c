"""Sums the terms over everything: the divergences of a batch are added, not averaged.

Hint: 1
"""
import numpy as np


def kl_divergence(p, q):
    terms = np.zeros_like(p)
    m = p > 0
    terms[m] = p[m] * np.log(p[m] / q[m])
    return float(np.sum(terms))
