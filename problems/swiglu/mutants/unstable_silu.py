"""Computes the SiLU as u * exp(u) / (1 + exp(u)), which is inf / inf = nan for large u.

Hint: 2
"""
import numpy as np


def swiglu_ffn(x, W1, W3, W2):
    g = x @ W1
    e = np.exp(g)
    return (g * e / (1.0 + e) * (x @ W3)) @ W2
