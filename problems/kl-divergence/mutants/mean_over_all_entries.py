"""Averages the terms over all entries with np.mean, dividing by C too, instead of summing over the last axis.

Hint: 1
"""
import numpy as np


def kl_divergence(p, q):
    terms = np.zeros_like(p)
    m = p > 0
    terms[m] = p[m] * np.log(p[m] / q[m])
    return float(np.mean(terms))
