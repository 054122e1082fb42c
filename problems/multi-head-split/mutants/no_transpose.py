"""split_heads reshapes to (B, T, H, D/H) and forgets to move the head axis before the time axis.

Hint: 2
"""
import numpy as np


def split_heads(x, n_heads):
    B, T, D = x.shape
    if D % n_heads:
        raise ValueError("n_heads must divide D")
    return x.reshape(B, T, n_heads, D // n_heads)
