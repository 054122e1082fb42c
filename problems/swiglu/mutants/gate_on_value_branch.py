"""Puts the SiLU on the value branch x @ W3 instead of the gate branch x @ W1."""
import numpy as np


def silu(u):
    return u * 0.5 * (1.0 + np.tanh(0.5 * u))


def swiglu_ffn(x, W1, W3, W2):
    return ((x @ W1) * silu(x @ W3)) @ W2
