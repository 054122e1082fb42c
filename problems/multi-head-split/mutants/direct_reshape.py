"""split_heads reshapes straight to (B, H, T, D/H), which cuts across tokens instead of across features.

Hint: 1
"""
import numpy as np


def split_heads(x, n_heads):
    B, T, D = x.shape
    if D % n_heads:
        raise ValueError("n_heads must divide D")
    return x.reshape(B, n_heads, T, D // n_heads)


def merge_heads(x):
    B, H, T, Dh = x.shape
    return x.reshape(B, T, H * Dh)
