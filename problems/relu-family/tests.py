import numpy as np
import pytest

from harness.testkit import as_array, assert_close, numerical_gradient
from solution import leaky_relu, leaky_relu_grad, relu, relu_grad

X = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])


def ref_leaky(x, alpha):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, alpha * x)


def ref_leaky_grad(x, alpha):
    return np.where(np.asarray(x) > 0, 1.0, alpha)


FUNCTIONS = {
    "relu": (lambda x: relu(x), lambda x: ref_leaky(x, 0.0)),
    "relu_grad": (lambda x: relu_grad(x), lambda x: ref_leaky_grad(x, 0.0)),
    "leaky_relu": (lambda x: leaky_relu(x), lambda x: ref_leaky(x, 0.01)),
    "leaky_relu_grad": (lambda x: leaky_relu_grad(x), lambda x: ref_leaky_grad(x, 0.01)),
}

SHAPES = {"0-d": (), "(7,)": (7,), "(3, 4)": (3, 4), "(2, 3, 5)": (2, 3, 5)}


def sample(shape, seed):
    x = np.asarray(np.random.default_rng(seed).normal(size=shape) * 3.0)
    return np.array(x, dtype=float)


def value_at(got, index, name):
    return float(as_array(got, name, shape=X.shape)[index])


def test_relu_worked_example():
    """relu([-2, -0.5, 0, 0.5, 3]) is [0, 0, 0, 0.5, 3]"""
    assert_close(relu(X.copy()), [0.0, 0.0, 0.0, 0.5, 3.0], rtol=1e-6, atol=0, name="relu(x)")


def test_relu_grad_worked_example():
    """relu_grad([-2, -0.5, 0, 0.5, 3]) is [0, 0, 0, 1, 1]: 0 at x = 0"""
    got = relu_grad(X.copy())
    at_zero = value_at(got, 2, "relu_grad(x)")
    assert at_zero != 1.0, (
        "relu_grad(0) should be 0.0 (this problem's convention, as in PyTorch), got 1.0: "
        "test x > 0, not x >= 0"
    )
    assert_close(got, [0.0, 0.0, 0.0, 1.0, 1.0], rtol=0, atol=1e-12, name="relu_grad(x)")


def test_leaky_relu_default_alpha():
    """leaky_relu uses alpha = 0.01 by default: [-0.02, -0.005, 0, 0.5, 3]"""
    assert_close(leaky_relu(X.copy()), [-0.02, -0.005, 0.0, 0.5, 3.0], rtol=1e-6, atol=1e-12, name="leaky_relu(x)")


def test_leaky_relu_grad_default_alpha():
    """leaky_relu_grad uses alpha = 0.01 by default: [0.01, 0.01, 0.01, 1, 1], alpha at x = 0"""
    got = leaky_relu_grad(X.copy())
    negative = value_at(got, 0, "leaky_relu_grad(x)")
    assert negative != 1.0, (
        "leaky_relu_grad(-2) should be alpha = 0.01, got 1.0: for negative inputs the slope is alpha"
    )
    assert abs(negative + 0.02) > 1e-9, (
        "leaky_relu_grad(-2) should be the slope alpha = 0.01, got -0.02 = alpha * x: "
        "that is the forward value leaky_relu(-2), not its derivative"
    )
    at_zero = value_at(got, 2, "leaky_relu_grad(x)")
    assert at_zero != 1.0, (
        "leaky_relu_grad(0) should be alpha = 0.01 (the slope of the negative side), got 1.0: "
        "test x > 0, not x >= 0"
    )
    assert at_zero != 0.0, (
        "leaky_relu_grad(0) should be alpha = 0.01, got 0.0: x = 0 belongs to the negative side, "
        "so it gets the slope alpha, not 0"
    )
    assert_close(got, [0.01, 0.01, 0.01, 1.0, 1.0], rtol=1e-6, atol=1e-12, name="leaky_relu_grad(x)")


@pytest.mark.parametrize("alpha", [0.2, 0.0, 1.0])
def test_alpha_is_honoured(alpha):
    """leaky_relu and leaky_relu_grad honour alpha={alpha}"""
    x = np.array([-3.0, -1.0, 0.0, 0.25, 2.0])
    got = leaky_relu(x.copy(), alpha=alpha)
    assert_close(got, ref_leaky(x, alpha), rtol=1e-6, atol=1e-12, name=f"leaky_relu(x, alpha={alpha})")
    grad = leaky_relu_grad(x.copy(), alpha=alpha)
    assert_close(grad, ref_leaky_grad(x, alpha), rtol=1e-6, atol=1e-12, name=f"leaky_relu_grad(x, alpha={alpha})")


@pytest.mark.parametrize("shape", SHAPES)
def test_any_shape(shape):
    """All four functions work elementwise on an input of shape {shape}"""
    x = sample(SHAPES[shape], seed=len(shape) + 10)
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        if shape != "0-d":
            as_array(got, f"{name} of a {shape} array", shape=x.shape)
        assert_close(got, reference(x), rtol=1e-6, atol=1e-12, name=f"{name} of a {shape} array")


@pytest.mark.parametrize("name", ["relu_grad", "leaky_relu_grad"])
def test_gradients_are_floats(name):
    """{name} returns numbers (0.0, 1.0, alpha), not a boolean mask"""
    got = FUNCTIONS[name][0](X.copy())
    kind = np.asarray(got).dtype
    what = "booleans (a mask)" if kind == bool else "non-float values"
    assert np.issubdtype(kind, np.floating), (
        f"{name} should return a float array, but it returned an array of {what}: "
        "turn the mask into numbers, e.g. np.where(x > 0, 1.0, 0.0)"
    )


@pytest.mark.parametrize("name", ["relu", "leaky_relu"])
def test_grad_matches_finite_differences(name):
    """{name}_grad matches a finite-difference derivative of {name} away from 0"""
    x = np.array([[-2.5, -0.7, 0.3], [1.9, -0.2, 4.0]])
    alpha = 0.0 if name == "relu" else 0.01
    numeric = numerical_gradient(lambda v: float(np.sum(ref_leaky(v, alpha))), x)
    grad = relu_grad(x.copy()) if name == "relu" else leaky_relu_grad(x.copy())
    assert_close(grad, numeric, rtol=1e-6, atol=1e-6, name=f"{name}_grad(x)")


def test_large_magnitudes():
    """Exact for inputs as large as |x| = 1e4"""
    x = np.array([-1e4, -1e3, -1e-3, 1e-3, 1e3, 1e4])
    assert_close(relu(x.copy()), [0.0, 0.0, 0.0, 1e-3, 1e3, 1e4], rtol=1e-6, atol=0, name="relu(x)")
    assert_close(relu_grad(x.copy()), [0.0, 0.0, 0.0, 1.0, 1.0, 1.0], rtol=0, atol=0, name="relu_grad(x)")
    assert_close(leaky_relu(x.copy(), alpha=0.1), [-1e3, -1e2, -1e-4, 1e-3, 1e3, 1e4], rtol=1e-6, atol=0, name="leaky_relu(x, alpha=0.1)")
    assert_close(leaky_relu_grad(x.copy(), alpha=0.1), [0.1, 0.1, 0.1, 1.0, 1.0, 1.0], rtol=1e-6, atol=0, name="leaky_relu_grad(x, alpha=0.1)")


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_does_not_modify_input(name):
    """{name} leaves its input array unchanged"""
    x = np.array([[-2.0, -0.5, 0.0], [0.5, 3.0, -7.0]])
    original = x.copy()
    FUNCTIONS[name][0](x)
    assert np.array_equal(x, original), (
        f"{name}() changed the caller's x; it is now\n{x}\ninstead of\n{original}\n"
        "Work on a new array (np.where, np.maximum, or x.copy()) instead of writing into x."
    )
