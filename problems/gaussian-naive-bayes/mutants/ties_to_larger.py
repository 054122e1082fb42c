"""Keeps the best class in a loop with >=, so an exact tie goes to the larger class.

Hint: 3
"""
import math

import numpy as np


def gaussian_nb_predict(X, classes, priors, means, variances):
    X = np.asarray(X, dtype=float)
    out = []
    for x in X:
        best, best_score = None, -math.inf
        for k in range(len(classes)):
            score = math.log(priors[k]) - 0.5 * float(np.sum(np.log(2 * np.pi * variances[k]) + (x - means[k]) ** 2 / variances[k]))
            if score >= best_score:
                best, best_score = classes[k], score
        out.append(best)
    return np.array(out)
