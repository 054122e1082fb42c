"""Checks divisibility with assert, which raises AssertionError instead of the required ValueError."""
import numpy as np


def split_heads(x, n_heads):
    B, T, D = x.shape
    assert D % n_heads == 0, "n_heads must divide D"
    return x.reshape(B, T, n_heads, D // n_heads).transpose(0, 2, 1, 3)
