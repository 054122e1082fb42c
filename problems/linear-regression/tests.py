import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close
from solution import fit_linear_regression


def unpack(result, d, what="fit_linear_regression(X, y)"):
    """(w, b) from the learner's result, with clear messages for the usual shape mistakes."""
    if result is None:
        raise AssertionError(f"{what} returned None: did your function forget to `return w, b`?")
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        kind = type(result).__name__ + (f" of shape {result.shape}" if isinstance(result, np.ndarray) else "")
        raise AssertionError(f"{what} should return a pair (w, b), got a {kind}")
    w, b = result
    w_arr = as_array(w, "w")
    if w_arr.shape == (d + 1,):
        raise AssertionError(
            f"w has {d + 1} entries for {d} feature(s): the intercept is still inside w. "
            "Return the d feature weights as w and the intercept separately as the float b."
        )
    w_arr = as_array(w, "w", shape=(d,))
    return w_arr, as_scalar(b, "b")


def lstsq_reference(X, y):
    """Least squares with an intercept via centring (an independent route to the same answer)."""
    xm, ym = X.mean(axis=0), y.mean()
    w = np.linalg.solve((X - xm).T @ (X - xm), (X - xm).T @ (y - ym))
    return w, ym - xm @ w


_rng = np.random.default_rng(0)
_X3 = _rng.normal(size=(20, 3)) + np.array([3.0, -2.0, 5.0])   # features with non-zero means
_W3 = np.array([1.5, -2.0, 0.25])
_X4 = _rng.normal(size=(50, 4)) * np.array([1.0, 2.0, 0.5, 3.0]) + 4.0
_Y4 = _X4 @ np.array([0.3, -1.2, 2.0, 0.7]) - 6.0 + 0.5 * _rng.normal(size=50)

NOISY = {
    "n=50, d=4, noisy, features centred near 4": (_X4, _Y4),
    "n=30, d=1, noisy": (_rng.normal(size=(30, 1)) * 2 + 1, _rng.normal(size=30) + 3.0),
    "n=12, d=6, noisy": (_rng.normal(size=(12, 6)) - 1.0, _rng.normal(size=12) * 4),
}


def test_worked_example():
    """Points on y = 2x + 1 give w = [2], b = 1"""
    w, b = unpack(fit_linear_regression(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0])), 1)
    if abs(w[0] - 34.0 / 14.0) < 1e-6:
        raise AssertionError(
            f"w = [{w[0]:.6g}] is the slope of the best line through the origin (no intercept), expected [2]: "
            "fit the intercept too, e.g. with a column of ones appended to X"
        )
    assert_close(w, [2.0], rtol=1e-6, atol=1e-8, name="w")
    assert_close(b, 1.0, rtol=1e-6, atol=1e-8, name="b")


def test_one_feature_slope_is_cov_over_var():
    """One feature: x = [0, 1, 2, 3], y = [1, 2, 2, 5] gives slope 1.2, intercept 0.7"""
    w, b = unpack(fit_linear_regression(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 2.0, 5.0])), 1)
    assert_close(w, [1.2], rtol=1e-6, atol=1e-8, name="w")
    assert_close(b, 0.7, rtol=1e-6, atol=1e-8, name="b")


def test_returns_weights_and_float_intercept():
    """Returns (w, b): w of shape (d,), b a single float"""
    result = fit_linear_regression(_X3.copy(), _X3 @ _W3 + 2.0)
    unpack(result, 3)


def test_recovers_planted_coefficients():
    """Noise-free y = X @ [1.5, -2, 0.25] - 4 is recovered exactly"""
    w, b = unpack(fit_linear_regression(_X3.copy(), _X3 @ _W3 - 4.0), 3)
    assert_close(w, _W3, rtol=1e-6, atol=1e-8, name="w")
    assert_close(b, -4.0, rtol=1e-6, atol=1e-8, name="b")


@pytest.mark.parametrize("case", NOISY)
def test_matches_least_squares(case):
    """Matches the least-squares solution ({case})"""
    X, y = NOISY[case]
    w, b = unpack(fit_linear_regression(X.copy(), y.copy()), X.shape[1])
    w_ref, b_ref = lstsq_reference(X, y)
    assert_close(w, w_ref, rtol=1e-6, atol=1e-8, name="w")
    assert_close(b, b_ref, rtol=1e-6, atol=1e-8, name="b")


def test_residuals_satisfy_normal_equations():
    """Residuals sum to 0 and are orthogonal to every feature column"""
    X, y = NOISY["n=50, d=4, noisy, features centred near 4"]
    w, b = unpack(fit_linear_regression(X.copy(), y.copy()), 4)
    r = y - (X @ w + b)
    mean_r = r.mean()
    assert abs(mean_r) < 1e-8, (
        f"the residuals y - (X @ w + b) average {mean_r:.6g}, but at the least-squares optimum with an intercept they "
        "average exactly 0 (to rounding, about 1e-12 here): b is not the best intercept for this w"
    )
    ortho = X.T @ r / len(r)
    assert np.all(np.abs(ortho) < 1e-8), (
        f"the residuals are not orthogonal to the feature columns (X.T @ r / n = {ortho}): w is not the least-squares "
        "solution for these features"
    )


def test_intercept_when_features_are_far_from_zero():
    """Features with mean near 100: b = mean(y) - mean(X) @ w, not mean(y)"""
    rng = np.random.default_rng(5)
    X = rng.normal(size=(25, 2)) + 100.0
    y = X @ np.array([2.0, -1.0]) + 7.0 + 0.1 * rng.normal(size=25)
    w, b = unpack(fit_linear_regression(X.copy(), y.copy()), 2)
    w_ref, b_ref = lstsq_reference(X, y)
    if abs(b - y.mean()) < 1e-6 * abs(y.mean()):
        raise AssertionError(
            f"b = {b:.6g} equals mean(y): the intercept must be mean(y) - mean(X) @ w = {b_ref:.6g}, because the features "
            "are not centred at 0"
        )
    assert_close(w, w_ref, rtol=1e-6, atol=1e-8, name="w")
    assert_close(b, b_ref, rtol=1e-6, atol=1e-6, name="b")


def test_square_system_interpolates():
    """n = d + 1 points: the fit passes through every point"""
    rng = np.random.default_rng(6)
    X = rng.normal(size=(4, 3))
    y = rng.normal(size=4)
    w, b = unpack(fit_linear_regression(X.copy(), y.copy()), 3)
    assert_close(X @ w + b, y, rtol=1e-6, atol=1e-8, name="predictions X @ w + b at the training points")


def test_predictions_on_new_points():
    """The fitted (w, b) predicts new points of a noise-free plane exactly"""
    w, b = unpack(fit_linear_regression(_X3.copy(), _X3 @ _W3 + 10.0), 3)
    X_new = np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0], [-5.0, 4.0, 10.0]])
    assert_close(X_new @ w + b, X_new @ _W3 + 10.0, rtol=1e-6, atol=1e-7, name="predictions X_new @ w + b")


def test_inputs_unchanged():
    """X and y are left unchanged"""
    X, y = NOISY["n=50, d=4, noisy, features centred near 4"]
    Xc, yc = X.copy(), y.copy()
    fit_linear_regression(Xc, yc)
    assert np.array_equal(Xc, X), "fit_linear_regression changed the caller's X (centring it in place?); work on X - X.mean(axis=0), a new array"
    assert np.array_equal(yc, y), "fit_linear_regression changed the caller's y; work on a new array"
