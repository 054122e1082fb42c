"""relu zeroes the negative entries inside the caller's array and returns it.

Hint: 2
"""
import numpy as np


def relu(x):
    x[x < 0] = 0.0
    return x
