import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import gaussian_nb_fit, gaussian_nb_predict

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-6, atol=1e-9)


def fit_reference(X, y):
    """Class by class with Python loops."""
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    classes = sorted(set(int(v) for v in y))
    feature_vars = []
    for j in range(d):
        col = [float(v) for v in X[:, j]]
        mu = sum(col) / n
        feature_vars.append(sum((v - mu) ** 2 for v in col) / n)
    eps = 1e-9 * max(feature_vars)
    priors, means, variances = [], [], []
    for c in classes:
        rows = [X[i] for i in range(n) if y[i] == c]
        priors.append(len(rows) / n)
        mu = [sum(float(r[j]) for r in rows) / len(rows) for j in range(d)]
        var = [sum((float(r[j]) - mu[j]) ** 2 for r in rows) / len(rows) + eps for j in range(d)]
        means.append(mu)
        variances.append(var)
    return np.array(classes), np.array(priors), np.array(means), np.array(variances)


def log_posterior_reference(x, priors, means, variances):
    """The log posterior (up to a constant) of every class for one point, with math.log."""
    scores = []
    for k in range(len(priors)):
        s = math.log(priors[k])
        for j in range(len(x)):
            s -= 0.5 * (math.log(2 * math.pi * variances[k][j]) + (x[j] - means[k][j]) ** 2 / variances[k][j])
        scores.append(s)
    return scores


def predict_reference(X, classes, priors, means, variances):
    out = []
    for x in np.asarray(X, dtype=float):
        scores = log_posterior_reference(x, priors, means, variances)
        out.append(classes[scores.index(max(scores))])       # first maximum: the smaller class
    return np.array(out)


def fit(X, y):
    result = gaussian_nb_fit(X.copy(), y.copy())
    if not isinstance(result, (tuple, list)) or len(result) != 4:
        raise AssertionError(f"gaussian_nb_fit should return the 4-tuple (classes, priors, means, variances), got {type(result).__name__}")
    classes, priors, means, variances = result
    k, d = len(np.unique(y)), X.shape[1]
    classes = np.asarray(classes)
    if classes.shape != (k,):
        raise AssertionError(f"classes has shape {classes.shape}, expected ({k},): one entry per distinct label")
    return (classes, as_array(priors, "priors", shape=(k,)), as_array(means, "means", shape=(k, d)),
            as_array(variances, "variances", shape=(k, d)))


def predict(X, *params):
    params = [np.array(p) for p in params]
    got = gaussian_nb_predict(X.copy(), *params)
    got = np.asarray(got)
    if got.shape != (len(X),):
        raise AssertionError(f"gaussian_nb_predict returned shape {got.shape}, expected ({len(X)},): one label per row of X")
    return got


def check_labels(got, expected, what):
    got, expected = np.asarray(got), np.asarray(expected)
    if not np.array_equal(got, expected):
        bad = np.flatnonzero(got != expected)
        raise AssertionError(
            f"{what}: {len(bad)} of {len(expected)} predictions differ; first at row {bad[0]}: "
            f"expected label {expected[bad[0]]}, got {got[bad[0]]}"
        )


def _blobs(seed, labels, n_per, d, spread):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(labels), d)) * spread
    scales = rng.uniform(0.5, 2.0, size=(len(labels), d))
    X = np.vstack([centres[k] + scales[k] * rng.normal(size=(n_per[k], d)) for k in range(len(labels))])
    y = np.concatenate([np.full(n_per[k], labels[k]) for k in range(len(labels))])
    order = rng.permutation(len(y))
    return X[order], y[order]


FIT_CASES = {
    "3 classes [3, 7, 10], d=4, unequal sizes": _blobs(0, [10, 3, 7], [12, 5, 20], 4, 3.0),
    "2 classes [-1, 1], d=2": _blobs(1, [1, -1], [8, 9], 2, 2.0),
    "4 classes, d=6": _blobs(2, [0, 1, 2, 3], [6, 6, 10, 3], 6, 1.5),
}

X_EX = np.array([[1.0], [3.0], [7.0], [8.0], [9.0]])
Y_EX = np.array([0, 0, 1, 1, 1])
EPS_EX = 1e-9 * 9.44


def test_fit_worked_example():
    """Fit on x = [1, 3 | 7, 8, 9]: priors [0.4, 0.6], means [2, 8], variances [1, 2/3] + 9.44e-9"""
    classes, priors, means, variances = fit(X_EX, Y_EX)
    check_labels(classes, [0, 1], "classes")
    assert_close(priors, [0.4, 0.6], **TOL, name="priors")
    assert_close(means, [[2.0], [8.0]], **TOL, name="means")
    assert_close(variances, [[1.0 + EPS_EX], [2 / 3 + EPS_EX]], **TOL, name="variances")


def test_classes_sorted_with_their_own_statistics():
    """Labels [7, 2, 7, 5, 2, 7]: classes [2, 5, 7], priors [1/3, 1/6, 1/2], means in that order"""
    X = np.array([[1.0, 0.0], [10.0, 4.0], [3.0, 2.0], [-5.0, 1.0], [12.0, 6.0], [5.0, 1.0]])
    y = np.array([7, 2, 7, 5, 2, 7])
    classes, priors, means, _ = fit(X, y)
    check_labels(classes, [2, 5, 7], "classes")
    if classes.dtype.kind not in "iu":
        raise AssertionError(f"classes should be integer labels, got dtype {classes.dtype}")
    assert_close(priors, [1 / 3, 1 / 6, 1 / 2], **TOL, name="priors")
    assert_close(means, [[11.0, 5.0], [-5.0, 1.0], [3.0, 1.0]], **TOL, name="means")


@pytest.mark.parametrize("case", FIT_CASES)
def test_fit_matches_definition(case):
    """Priors, means and variances match class-by-class loops ({case})"""
    X, y = FIT_CASES[case]
    classes, priors, means, variances = fit(X, y)
    c_ref, p_ref, m_ref, v_ref = fit_reference(X, y)
    check_labels(classes, c_ref, "classes")
    assert_close(priors, p_ref, **TOL, name="priors")
    assert_close(means, m_ref, rtol=1e-6, atol=1e-7, name="means")
    assert_close(variances, v_ref, rtol=1e-5, atol=1e-9, name="variances")


def test_biased_variance():
    """Variance with ddof = 0: a class holding x = 1 and x = 3 has variance 1, not 2"""
    _, _, _, variances = fit(np.array([[1.0], [3.0], [10.0], [20.0]]), np.array([0, 0, 1, 1]))
    eps = 1e-9 * 55.25
    assert_close(variances, [[1.0 + eps], [25.0 + eps]], **TOL, name="variances")


def test_smoothing_scales_with_the_data():
    """Features in the thousands: a feature constant within a class gets variance 1e-9 * Var(X[:, j]), not 1e-9"""
    X = np.array([[1000.0, 0.0], [1000.0, 1.0], [-1000.0, 2.0], [3000.0, 3.0]])
    y = np.array([0, 0, 1, 1])
    _, _, _, variances = fit(X, y)
    eps = 1e-9 * X[:, 0].var()          # 2e6 * 1e-9 = 2e-3, the largest feature variance
    assert_close(variances[0, 0], eps, rtol=1e-5, atol=0, name="variance of feature 0 in class 0 (constant there)")
    assert_close(variances[1, 0], 4e6 + eps, rtol=1e-7, atol=0, name="variance of feature 0 in class 1")


def test_smoothing_uses_largest_feature_variance():
    """The same smoothing 1e-9 * max_j Var(X[:, j]) is added to every feature, also the low-variance ones"""
    # feature 0 has variance exactly 1 over X (the largest); feature 1 only 0.125 and is constant in class 0
    X = np.array([[-1.0, 2.0], [1.0, 2.0], [-1.0, 2.5], [1.0, 1.5]])
    y = np.array([0, 0, 1, 1])
    _, _, _, variances = fit(X, y)
    assert_close(variances[0, 1], 1e-9, rtol=1e-5, atol=0, name="variance of feature 1 in class 0 (constant there)")
    assert_close(variances[1, 1], 0.25 + 1e-9, rtol=1e-7, atol=0, name="variance of feature 1 in class 1")


def test_fit_mismatched_lengths():
    """X with 4 rows and y with 3 labels raise ValueError"""
    with pytest.raises(ValueError):
        gaussian_nb_fit(np.ones((4, 2)) * np.arange(4)[:, None], np.array([0, 1, 0]))


def test_fit_inputs_unchanged():
    """gaussian_nb_fit leaves X and y unchanged"""
    X, y = FIT_CASES["3 classes [3, 7, 10], d=4, unequal sizes"]
    Xc, yc = X.copy(), y.copy()
    gaussian_nb_fit(Xc, yc)
    assert np.array_equal(Xc, X), "gaussian_nb_fit changed the caller's X"
    assert np.array_equal(yc, y), "gaussian_nb_fit changed the caller's y"


PARAMS_EX = (np.array([0, 1]), np.array([0.4, 0.6]), np.array([[2.0], [8.0]]), np.array([[1.0 + EPS_EX], [2 / 3 + EPS_EX]]))


def test_predict_worked_example():
    """Predict x = 0, 5, 6 with the example's parameters: [0, 0, 1]"""
    check_labels(predict(np.array([[0.0], [5.0], [6.0]]), *PARAMS_EX), [0, 0, 1], "predictions")


@pytest.mark.parametrize("case", FIT_CASES)
def test_predict_matches_log_posterior_argmax(case):
    """Predictions are the argmax of the log posterior ({case})"""
    X, y = FIT_CASES[case]
    params = fit_reference(X, y)
    rng = np.random.default_rng(11)
    X_new = X[rng.integers(0, len(X), size=40)] + rng.normal(size=(40, X.shape[1])) * 2.0
    check_labels(predict(X_new, *params), predict_reference(X_new, *params), "predictions")


def test_returns_labels_not_positions():
    """Classes [3, 7, 10]: each point gets its class label, not the class's position"""
    classes = np.array([3, 7, 10])
    params = (classes, np.array([0.3, 0.3, 0.4]), np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]]), np.ones((3, 2)))
    X = np.array([[0.5, -0.5], [9.0, 1.0], [1.0, 11.0], [-1.0, 0.0]])
    check_labels(predict(X, *params), [3, 7, 10, 3], "predictions")


def test_priors_decide_between_equal_likelihoods():
    """Identical class densities: every point goes to the class with the larger prior"""
    params = (np.array([0, 1, 2]), np.array([0.2, 0.5, 0.3]), np.zeros((3, 2)), np.full((3, 2), 2.0))
    X = np.random.default_rng(3).normal(size=(6, 2))
    check_labels(predict(X, *params), [1] * 6, "predictions")


def test_log_variance_term():
    """Same means, variances 1 and 100: near the mean the narrow class wins, far out the wide one"""
    params = (np.array([0, 1]), np.array([0.5, 0.5]), np.zeros((2, 1)), np.array([[1.0], [100.0]]))
    # boundary: x^2 (1 - 1/100) = ln(100), |x| = 2.1566...
    X = np.array([[0.0], [1.5], [-2.0], [2.5], [-10.0], [30.0]])
    check_labels(predict(X, *params), [0, 0, 0, 1, 1, 1], "predictions")


def test_far_points_underflow():
    """Points thousands of standard deviations from every class are still classified correctly"""
    rng = np.random.default_rng(4)
    means = rng.normal(size=(3, 5)) * 10
    variances = rng.uniform(0.5, 2.0, size=(3, 5))
    params = (np.array([1, 4, 9]), np.array([0.2, 0.3, 0.5]), means, variances)
    X = rng.normal(size=(12, 5)) * 3000
    X[:4] = means[1] * 400                     # far out, along class 4's direction
    X[4] = -X[4]
    X[5] = np.full(5, 1e4)
    check_labels(predict(X, *params), predict_reference(X, *params), "predictions for points far from every class")


def test_tiny_prior():
    """A prior of 1e-30 counts with its exact log, -69.08, even against a 50-nat better likelihood"""
    params = (np.array([0, 1]), np.array([1e-30, 1.0]), np.array([[0.0], [20.0]]), np.ones((2, 1)))
    # at x = 7.5 class 0's log-likelihood is higher by exactly 50; its log prior is lower by 69.08
    check_labels(predict(np.array([[7.5], [5.0], [9.0]]), *params), [1, 0, 1], "predictions")


def test_exact_tie_goes_to_smaller_class():
    """Exact ties go to the smaller class: identical classes [5, 9], and x = 0 between means -1.5 and 1.5"""
    same = (np.array([5, 9]), np.array([0.5, 0.5]), np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([[0.5, 3.0], [0.5, 3.0]]))
    check_labels(predict(np.array([[0.0, 0.0], [4.0, -3.0]]), *same), [5, 5], "predictions with identical classes")
    mirror = (np.array([-2, 3]), np.array([0.5, 0.5]), np.array([[-1.5], [1.5]]), np.array([[2.0], [2.0]]))
    check_labels(predict(np.array([[0.0], [0.25], [-0.25]]), *mirror), [-2, 3, -2], "predictions between mirrored classes")


def test_fit_then_predict():
    """Fit then predict on well-separated data recovers the training labels"""
    X, y = _blobs(5, [2, 8, 5], [10, 10, 10], 3, 30.0)
    params = fit(X, y)
    check_labels(predict(X, *params), y, "predictions on the training points")


def test_predict_inputs_unchanged():
    """gaussian_nb_predict leaves X and the parameters unchanged"""
    X, y = FIT_CASES["4 classes, d=6"]
    params = fit_reference(X, y)
    copies = [p.copy() for p in params]
    Xc = X.copy()
    gaussian_nb_predict(Xc, *copies)
    assert np.array_equal(Xc, X), "gaussian_nb_predict changed the caller's X"
    for name, before, after in zip(["classes", "priors", "means", "variances"], params, copies):
        assert np.array_equal(after, before), f"gaussian_nb_predict changed the caller's {name}"


def test_predict_returns_integer_labels():
    """The predictions are an integer array, like the labels"""
    got = predict(np.array([[0.0], [5.0], [6.0]]), *PARAMS_EX)
    if got.dtype.kind not in "iu":
        raise AssertionError(f"gaussian_nb_predict should return integer labels, got an array of dtype {got.dtype}: {got.tolist()}")
