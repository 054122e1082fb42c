"""Evaluates log(1 + exp(x)) literally: exp overflows to inf for large x, and 1 + exp(x) loses the digits of small results.

Hint: 1
"""
import numpy as np


def softplus(x):
    return np.log(1.0 + np.exp(np.asarray(x, dtype=float)))
