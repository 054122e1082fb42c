"""silu multiplies the caller's array in place (x *= sigmoid(x)) and returns it."""
import numpy as np


def silu(x):
    x *= _sigmoid(x)
    return x
