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
    raise NotImplementedError


def gaussian_nb_predict(X, classes, priors, means, variances):
    """Predict the class of every row of X: the argmax of the log posterior.

    X: array of shape (m, d); the other arguments as returned by gaussian_nb_fit.
    Returns an array of shape (m,) of labels taken from classes; ties go to the smaller class.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[1.0], [3.0], [7.0], [8.0], [9.0]])
    y = np.array([0, 0, 1, 1, 1])
    params = gaussian_nb_fit(X, y)
    print(params)
    print(gaussian_nb_predict(np.array([[0.0], [5.0], [6.0]]), *params))
