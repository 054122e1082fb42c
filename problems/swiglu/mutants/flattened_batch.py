"""Flattens the leading axes to (N, D) and returns (N, D) without restoring the input's shape.

Hint: 1
"""
import numpy as np


def silu(u):
    return u * 0.5 * (1.0 + np.tanh(0.5 * u))


def swiglu_ffn(x, W1, W3, W2):
    x2 = x.reshape(-1, x.shape[-1])
    return (silu(x2 @ W1) * (x2 @ W3)) @ W2
