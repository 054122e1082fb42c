import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import numerical_gradient

# Every expected value below is an analytic gradient, worked out by hand.

_rng = np.random.default_rng(0)
A3 = _rng.normal(size=(3, 3))
W24 = _rng.normal(size=(2, 4))
M42 = _rng.normal(size=(4, 2))


def quad_form(v):                      # f(v) = v^T A v, gradient (A + A^T) v
    return float(v @ A3 @ v)


def matrix_fn(X):                      # f(X) = sum(sin(X) @ M) + sum(X * W), X of shape (2, 4)
    return float(np.sum(np.sin(X) @ M42) + np.sum(X * W24))


def matrix_grad(X):
    return np.cos(X) * M42.sum(axis=1)[None, :] + W24


def tensor_fn(T):                      # f(T) = sum(tanh(T)) + 0.5 * sum(T^2), any shape
    return float(np.sum(np.tanh(T)) + 0.5 * np.sum(T * T))


def tensor_grad(T):
    return 1.0 - np.tanh(T) ** 2 + T


def matrix_fn_3x4(X):
    return float(np.sum(X ** 2 * np.arange(12.0).reshape(3, 4)) + np.sum(np.sin(X)))


CASES = {
    "1-D, v^T A v": (quad_form, _rng.normal(size=3), lambda v: (A3 + A3.T) @ v),
    "2-D (2, 4), sum(sin(X) @ M) + sum(X * W)": (matrix_fn, _rng.normal(size=(2, 4)), matrix_grad),
    "3-D (2, 3, 2), sum(tanh(T)) + |T|^2 / 2": (tensor_fn, _rng.normal(size=(2, 3, 2)), tensor_grad),
}


def test_worked_example():
    """Gradient of sum(x^2) at [1, 2, 3] is [2, 4, 6]"""
    got = numerical_gradient(lambda v: np.sum(v ** 2), np.array([1.0, 2.0, 3.0]))
    got = as_array(got, "numerical_gradient(sum(x^2), [1, 2, 3])", shape=(3,))
    if np.allclose(got, [2.00001, 4.00001, 6.00001], rtol=0, atol=1e-8):
        raise AssertionError(
            f"got {got}, each entry 1e-5 too large: that is the forward difference (f(x + eps) - f(x)) / eps, whose error "
            "is about eps * f''/2. Use the central difference (f(x + eps) - f(x - eps)) / (2 eps)."
        )
    assert_close(got, [2.0, 4.0, 6.0], rtol=0, atol=1e-8, name="numerical_gradient(sum(x^2), [1, 2, 3])")


@pytest.mark.parametrize("case", CASES)
def test_matches_analytic_gradient(case):
    """Matches the analytic gradient, same shape as x: {case}"""
    f, x, grad = CASES[case]
    got = numerical_gradient(f, x.copy())
    got = as_array(got, "numerical_gradient", shape=x.shape)
    assert_finite(got, "numerical_gradient")
    expected = grad(x)
    with np.errstate(all="ignore"):
        ratio = got / expected
    if np.allclose(ratio, 2.0, rtol=1e-4):
        raise AssertionError(
            "every entry is twice the true gradient: the central difference f(x + eps) - f(x - eps) spans a step of "
            "2 eps, so divide by 2 * eps, not by eps"
        )
    assert_close(got, expected, rtol=1e-6, atol=1e-8, name="numerical_gradient")


def test_central_difference_accuracy():
    """Central-difference accuracy: sum(exp(3x)) to 1e-7 relative (a forward difference is off by ~1e-5)"""
    x = np.linspace(-1.0, 1.0, 5)
    got = as_array(numerical_gradient(lambda v: np.sum(np.exp(3 * v)), x.copy()), "numerical_gradient", shape=(5,))
    expected = 3 * np.exp(3 * x)
    signed = (got - expected) / expected
    rel = np.abs(signed)
    for sign, rule in ((1, "forward difference (f(x + eps) - f(x)) / eps"), (-1, "backward difference (f(x) - f(x - eps)) / eps")):
        if np.all(np.abs(sign * signed - 1.5e-5) < 0.3e-5):
            raise AssertionError(
                f"relative errors {signed} are all about {sign * 1.5e-5:+.2g} = {sign:+d} eps * 3 / 2: that is the error of a "
                f"{rule}. The central difference (f(x + eps) - f(x - eps)) / (2 eps) cancels the second-order term "
                "and is accurate to about eps^2."
            )
    assert_close(got, expected, rtol=1e-7, atol=0, name="gradient of sum(exp(3x))")


def test_uses_the_given_eps():
    """The eps argument is used: sum(x^3) with eps=0.1 gives 3x^2 + 0.01 exactly"""
    x = np.array([1.0, 2.0, -0.5])
    got = as_array(numerical_gradient(lambda v: np.sum(v ** 3), x.copy(), eps=0.1), "numerical_gradient(..., eps=0.1)", shape=(3,))
    if np.allclose(got, 3 * x ** 2, rtol=0, atol=1e-6):
        raise AssertionError(
            f"with eps=0.1 the central difference of x^3 is 3x^2 + eps^2 = {3 * x ** 2 + 0.01}, but you returned {got}: "
            "the step size must come from the eps argument, not a fixed constant"
        )
    assert_close(got, 3 * x ** 2 + 0.01, rtol=0, atol=1e-9, name="numerical_gradient(sum(x^3), x, eps=0.1)")


def test_default_eps_is_1e_minus_5():
    """Default eps is 1e-5: for sum(cos(1000 x)) the estimate carries the factor sin(0.01) / 0.01"""
    # For f = sum(cos(k x)) the central difference is exactly -k sin(k x) * sin(k eps) / (k eps).
    k, eps = 1000.0, 1e-5
    x = np.array([0.0012, -0.0007, 0.0031])
    got = as_array(numerical_gradient(lambda v: np.sum(np.cos(k * v)), x.copy()), "numerical_gradient", shape=(3,))
    expected = -k * np.sin(k * x) * np.sin(k * eps) / (k * eps)
    assert_close(got, expected, rtol=1e-7, atol=1e-9, name="numerical_gradient(sum(cos(1000 x)), x) with the default eps")


def test_x_unchanged_exactly():
    """x is exactly unchanged afterwards, bit for bit"""
    x = np.random.default_rng(1).normal(size=(3, 4))
    original = x.copy()
    numerical_gradient(matrix_fn_3x4, x)
    if not np.array_equal(x, original):
        changed = np.argwhere(x != original)
        i = tuple(int(k) for k in changed[0])
        diff = x[i] - original[i]
        raise AssertionError(
            f"x changed in {len(changed)} of {x.size} entries; the first, at index {list(i)}, moved by {diff:.3g}. "
            + ("Restoring with x[i] += eps / x[i] -= ... does not always give back the same float (rounding); "
               "save old = x[i] and restore with x[i] = old, or perturb a copy of x."
               if abs(diff) < 1e-9 else "Each perturbed entry must be put back to its exact old value.")
        )



def test_f_sees_arrays_shaped_like_x():
    """f is always called with an array shaped like x, one entry moved at a time"""
    x = np.random.default_rng(2).normal(size=(2, 3))
    seen = []

    def f(v):
        seen.append(np.array(v, dtype=float))    # a copy: v may be changed after f returns
        return float(np.sum(v ** 2))

    numerical_gradient(f, x.copy())
    assert seen, "numerical_gradient never called f"
    shapes = {a.shape for a in seen}
    assert shapes == {(2, 3)}, (
        f"f was called with arrays of shape(s) {sorted(shapes)}, but x has shape (2, 3): pass f the whole "
        "perturbed array, not a single entry or a flattened copy"
    )
    moved = [int(np.sum(np.abs(a - x) > 1e-6)) for a in seen]   # moved by more than rounding (eps = 1e-5)
    assert max(moved) <= 1, (
        f"f was called with an array that differs from x in {max(moved)} entries; central differences move one "
        "entry at a time (x + eps e_i), so each entry of the gradient is a partial derivative"
    )
    assert len(seen) >= 2 * x.size, f"f was called {len(seen)} times; a central difference needs 2 calls per entry of x ({2 * x.size} here)"


def test_non_contiguous_x():
    """Works when x is a transposed (non-contiguous) view"""
    base = np.random.default_rng(3).normal(size=(4, 2))
    x = base.T                                # shape (2, 4), not C-contiguous
    got = numerical_gradient(matrix_fn, x)
    got = as_array(got, "numerical_gradient", shape=(2, 4))
    if np.all(got == 0):
        raise AssertionError(
            "the gradient is all zeros for a transposed x, where no entry of the true gradient is 0. Note that "
            "reshape(-1) of a non-contiguous array (x.T, or np.zeros_like(x.T)) is a copy, not a view: writing into "
            "it changes neither x nor the result. Iterate with np.ndindex(x.shape) over a copy made with "
            "np.array(x, dtype=float) and a gradient made with np.zeros(x.shape)"
        )
    assert_close(got, matrix_grad(x), rtol=1e-6, atol=1e-8, name="numerical_gradient at a transposed x")


def test_matches_gradient_of_a_loss():
    """Gradient of a logistic loss of weights w matches its analytic form"""
    rng = np.random.default_rng(4)
    X = rng.normal(size=(6, 3))
    y = np.array([0.0, 1.0, 1.0, 0.0, 1.0, 0.0])
    w = rng.normal(size=3)

    def loss(v):
        z = X @ v
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    expected = X.T @ (1.0 / (1.0 + np.exp(-(X @ w))) - y) / len(y)
    assert_close(numerical_gradient(loss, w.copy()), expected, rtol=1e-6, atol=1e-9, name="gradient of the logistic loss")
