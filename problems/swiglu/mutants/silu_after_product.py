"""Applies the SiLU after the product, silu((x @ W1) * (x @ W3)), instead of to the gate alone."""
import numpy as np


def silu(u):
    return u * 0.5 * (1.0 + np.tanh(0.5 * u))


def swiglu_ffn(x, W1, W3, W2):
    return silu((x @ W1) * (x @ W3)) @ W2
