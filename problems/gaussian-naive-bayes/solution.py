import numpy as np


def gaussian_nb_fit(X, y):
    """Fit a Gaussian naive Bayes classifier.

    X: array of shape (n, d); y: integer labels of shape (n,).
    Returns (classes, priors, means, variances):
      classes   (K,)   the sorted distinct labels of y,
      priors    (K,)   the fraction of examples in each class,
      means     (K, d) the per-class feature means,
      variances (K, d) the per-class feature variances (ddof=0) plus
                       1e-9 * the largest per-feature variance of all of X.
    Raises ValueError when X and y have different numbers of rows.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of rows")
    classes = np.unique(y)                                  # sorted
    smoothing = 1e-9 * X.var(axis=0).max()
    priors = np.array([np.mean(y == c) for c in classes])
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    variances = np.array([X[y == c].var(axis=0) for c in classes]) + smoothing
    return classes, priors, means, variances


def gaussian_nb_predict(X, classes, priors, means, variances):
    """Predict the class of every row of X: the argmax of the log posterior.

    X: array of shape (m, d); the other arguments as returned by gaussian_nb_fit.
    Returns an array of shape (m,) of labels taken from classes; ties go to the smaller class.
    """
    X = np.asarray(X, dtype=float)
    priors = np.asarray(priors, dtype=float)
    means = np.asarray(means, dtype=float)
    variances = np.asarray(variances, dtype=float)
    diff = X[:, None, :] - means[None, :, :]                              # (m, K, d)
    log_likelihood = -0.5 * (np.log(2 * np.pi * variances).sum(axis=1)    # (K,)
                             + (diff ** 2 / variances).sum(axis=2))       # (m, K)
    log_posterior = np.log(priors) + log_likelihood
    best = np.argmax(log_posterior, axis=1)                               # first maximum: smaller class
    return np.asarray(classes)[best]
