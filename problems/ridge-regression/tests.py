import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close
from solution import fit_ridge

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)


def unpack(result, d):
    """(w, b) from the learner's result, checked for type and shape."""
    if result is None:
        raise AssertionError("fit_ridge returned None: it should return the pair (w, b)")
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        kind = type(result).__name__ + (f" of shape {result.shape}" if isinstance(result, np.ndarray) else "")
        raise AssertionError(f"fit_ridge should return a pair (w, b), got a {kind}")
    w, b = result
    return as_array(w, "w", shape=(d,)), as_scalar(b, "b")


def reference(X, y, alpha):
    """An independent route: least squares on the design [X, 1] stacked over the rows [sqrt(alpha) I, 0]."""
    n, d = X.shape
    top = np.hstack([X, np.ones((n, 1))])
    bottom = np.hstack([np.sqrt(alpha) * np.eye(d), np.zeros((d, 1))])
    coef, *_ = np.linalg.lstsq(np.vstack([top, bottom]), np.concatenate([y, np.zeros(d)]), rcond=None)
    return coef[:-1], coef[-1]


def fit(X, y, alpha):
    return unpack(fit_ridge(X.copy(), y.copy(), alpha), X.shape[1])


_rng = np.random.default_rng(0)
_X = _rng.normal(size=(40, 5)) * np.array([1.0, 3.0, 0.5, 2.0, 1.0]) + np.array([2.0, -1.0, 4.0, 0.0, 10.0])
_Y = _X @ np.array([0.5, -1.0, 2.0, 0.0, 0.3]) + 3.0 + _rng.normal(size=40)
CASES = {
    "n=40, d=5, alpha=2.5": (_X, _Y, 2.5),
    "n=40, d=5, alpha=100": (_X, _Y, 100.0),
    "n=15, d=3, alpha=0.3": (_rng.normal(size=(15, 3)), _rng.normal(size=15) * 2 - 5, 0.3),
    "n=8, d=1, alpha=4": (_rng.normal(size=(8, 1)) + 3, _rng.normal(size=8), 4.0),
}


def test_worked_example():
    """x = [0, 1, 2, 3], y = 2x + 1, alpha = 5 gives w = [1], b = 2.5"""
    w, b = fit(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0]), 5.0)
    assert_close(w, [1.0], **TOL, name="w")
    assert_close(b, 2.5, **TOL, name="b")


def test_alpha_zero_is_least_squares():
    """alpha = 0 gives ordinary least squares (y = 2x + 1 recovered exactly)"""
    w, b = fit(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0]), 0.0)
    assert_close(w, [2.0], **TOL, name="w")
    assert_close(b, 1.0, **TOL, name="b")
    X, y, _ = CASES["n=40, d=5, alpha=2.5"]
    w, b = fit(X, y, 0.0)
    w_ref, b_ref = reference(X, y, 0.0)
    assert_close(w, w_ref, **TOL, name="w with alpha = 0")
    assert_close(b, b_ref, **TOL, name="b with alpha = 0")


@pytest.mark.parametrize("case", CASES)
def test_matches_minimiser(case):
    """Matches the minimiser of ||X w + b - y||^2 + alpha ||w||^2 ({case})"""
    X, y, alpha = CASES[case]
    w, b = fit(X, y, alpha)
    w_ref, b_ref = reference(X, y, alpha)
    assert_close(w, w_ref, **TOL, name="w")
    assert_close(b, b_ref, **TOL, name="b")


def test_gradient_is_zero():
    """At the result the gradient of the objective is 0 in w and in b"""
    X, y, alpha = CASES["n=15, d=3, alpha=0.3"]
    w, b = fit(X, y, alpha)
    r = X @ w + b - y
    grad_w = 2 * X.T @ r + 2 * alpha * w
    grad_b = 2 * r.sum()
    assert_close(grad_w, np.zeros(3), rtol=0, atol=1e-4, name="gradient of the objective with respect to w")
    assert_close(grad_b, 0.0, rtol=0, atol=1e-4, name="gradient of the objective with respect to b")


def test_more_features_than_examples():
    """n = 2 < d = 3 with alpha = 0.5 gives w = [0.5, 0.5, 0.5], b = 0.25"""
    w, b = fit(np.array([[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]), np.array([0.0, 2.0]), 0.5)
    assert_close(w, [0.5, 0.5, 0.5], **TOL, name="w")
    assert_close(b, 0.25, **TOL, name="b")


def test_wide_random_problem():
    """n = 10 < d = 30, alpha = 1: matches the minimiser"""
    rng = np.random.default_rng(3)
    X = rng.normal(size=(10, 30)) + 1.0
    y = rng.normal(size=10) + 2.0
    w, b = fit(X, y, 1.0)
    w_ref, b_ref = reference(X, y, 1.0)
    assert_close(w, w_ref, **TOL, name="w")
    assert_close(b, b_ref, **TOL, name="b")


def test_huge_alpha_keeps_the_mean():
    """alpha = 1e9: w shrinks to ~0 while b tends to mean(y), since b is not penalised"""
    X, y, _ = CASES["n=40, d=5, alpha=2.5"]
    w, b = fit(X, y, 1e9)
    w_ref, b_ref = reference(X, y, 1e9)
    assert_close(w, w_ref, rtol=1e-4, atol=1e-12, name="w with alpha = 1e9")
    assert_close(b, b_ref, **TOL, name="b with alpha = 1e9")


def test_shifting_y_shifts_only_b():
    """Adding 1000 to every target adds 1000 to b and leaves w unchanged"""
    X, y, alpha = CASES["n=15, d=3, alpha=0.3"]
    w0, b0 = fit(X, y, alpha)
    w1, b1 = fit(X, y + 1000.0, alpha)
    assert_close(w1, w0, rtol=1e-5, atol=1e-5, name="w after shifting y by 1000")
    assert_close(b1, b0 + 1000.0, rtol=1e-7, atol=1e-4, name="b after shifting y by 1000")


def test_integer_input():
    """Integer X and y give float results"""
    w, b = fit(np.array([[0], [1], [2], [3]]), np.array([1, 3, 5, 7]), 5)
    assert_close(w, [1.0], **TOL, name="w")
    assert_close(b, 2.5, **TOL, name="b")


def test_mismatched_lengths():
    """X with 5 rows and y with 4 entries raise ValueError"""
    with pytest.raises(ValueError):
        fit_ridge(np.ones((5, 2)), np.ones(4), 1.0)
    with pytest.raises(ValueError):
        fit_ridge(np.ones((3, 3)), np.ones(4), 1.0)


def test_inputs_unchanged():
    """X and y are left unchanged"""
    X, y, alpha = CASES["n=40, d=5, alpha=2.5"]
    Xc, yc = X.copy(), y.copy()
    fit_ridge(Xc, yc, alpha)
    assert np.array_equal(Xc, X), "fit_ridge changed the caller's X"
    assert np.array_equal(yc, y), "fit_ridge changed the caller's y"
