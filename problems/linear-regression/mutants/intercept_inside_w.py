"""Returns the whole coefficient vector, intercept included, as w (shape (d + 1,)).

Hint: 1
"""
import numpy as np


def fit_linear_regression(X, y):
    design = np.hstack([X, np.ones((X.shape[0], 1))])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    return coef, float(coef[-1])
