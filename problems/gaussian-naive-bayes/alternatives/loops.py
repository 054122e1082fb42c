"""Python loops over classes and points, with a strict > so the first (smaller) class wins ties."""
import math

import numpy as np


def gaussian_nb_fit(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if len(X) != len(y):
        raise ValueError("X and y must have the same number of rows")
    classes = np.array(sorted(set(y.tolist())))
    eps = 1e-9 * np.max(np.var(X, axis=0))
    priors, means, variances = [], [], []
    for c in classes:
        Xc = X[y == c]
        priors.append(len(Xc) / len(X))
        mu = Xc.sum(axis=0) / len(Xc)
        means.append(mu)
        variances.append(((Xc - mu) ** 2).sum(axis=0) / len(Xc) + eps)
    return classes, np.array(priors), np.array(means), np.array(variances)


def gaussian_nb_predict(X, classes, priors, means, variances):
    labels = []
    for x in np.asarray(X, dtype=float):
        best, best_score = None, -math.inf
        for k, c in enumerate(classes):
            score = math.log(priors[k])
            for j in range(len(x)):
                score += -0.5 * math.log(2 * math.pi * variances[k][j]) - (x[j] - means[k][j]) ** 2 / (2 * variances[k][j])
            if score > best_score:
                best, best_score = c, score
        labels.append(best)
    return np.array(labels)
