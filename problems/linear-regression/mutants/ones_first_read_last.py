"""Puts the ones column first but reads the intercept from the last coefficient.

Hint: 1
"""
import numpy as np


def fit_linear_regression(X, y):
    design = np.hstack([np.ones((X.shape[0], 1)), X])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    return coef[:-1], float(coef[-1])
