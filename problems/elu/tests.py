import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import elu, elu_grad

RTOL = 1e-5


def tol(alpha=1.0):
    """Relative 1e-5 for float32; an absolute 1e-9 * alpha for results near 0 (elu(x) + alpha, e^x - 1)."""
    return dict(rtol=RTOL, atol=1e-9 * alpha)


def ref_elu(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.array([v if v > 0 else alpha * math.expm1(v) for v in x.ravel()]).reshape(x.shape)


def ref_grad(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.array([1.0 if v > 0 else alpha * math.exp(v) for v in x.ravel()]).reshape(x.shape)


FUNCTIONS = {"elu": (elu, ref_elu), "elu_grad": (elu_grad, ref_grad)}
SHAPES = {"0-d": (), "(6,)": (6,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}
X = np.array([-2.0, -1.0, 0.0, 1.5])
LARGE = np.array([-1e4, -1000.0, -50.0, -1e-12, 1e-12, 50.0, 1000.0, 1e4])


def sample(shape, seed):
    return np.array(np.random.default_rng(seed).normal(size=shape) * 3.0, dtype=float)


def test_elu_worked_example():
    """elu([-2, -1, 0, 1.5]) = [-0.864665, -0.632121, 0, 1.5]"""
    assert_close(elu(X.copy()), [math.exp(-2) - 1, math.exp(-1) - 1, 0.0, 1.5], **tol(), name="elu([-2, -1, 0, 1.5])")


def test_grad_worked_example():
    """elu_grad([-2, -1, 0, 1.5]) = [0.135335, 0.367879, 1, 1]"""
    assert_close(elu_grad(X.copy()), [math.exp(-2), math.exp(-1), 1.0, 1.0], **tol(), name="elu_grad([-2, -1, 0, 1.5])")


@pytest.mark.parametrize("shape", SHAPES)
def test_any_shape(shape):
    """elu and elu_grad work elementwise on an input of shape {shape}"""
    x = sample(SHAPES[shape], seed=len(shape) + 40)
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        as_array(got, f"{name} of a {shape} array", shape=x.shape)
        assert_close(got, reference(x), **tol(), name=f"{name} of a {shape} array")


@pytest.mark.parametrize("alpha", [0.5, 2.0])
def test_alpha_argument(alpha):
    """The alpha argument is used by elu and elu_grad (alpha = {alpha})"""
    x = sample((3, 5), seed=3)
    for name, (function, reference) in FUNCTIONS.items():
        assert_close(function(x.copy(), alpha=alpha), reference(x, alpha), **tol(alpha), name=f"{name}(x, alpha={alpha})")


def test_grad_at_zero_is_alpha():
    """elu_grad(0) is alpha (the x <= 0 branch): 0.5 for alpha = 0.5, 2 for alpha = 2"""
    for alpha in (0.5, 2.0):
        got = elu_grad(np.array([0.0, 0.0]), alpha=alpha)
        assert_close(got, [alpha, alpha], **tol(alpha), name=f"elu_grad([0, 0], alpha={alpha})")


def test_elu_is_continuous_at_zero():
    """elu is continuous at 0: elu(-1e-6), elu(0), elu(1e-6) are all within 2.5e-6 of 0 (alpha = 2)"""
    got = as_array(elu(np.array([-1e-6, 0.0, 1e-6]), alpha=2.0), "elu([-1e-6, 0, 1e-6], alpha=2)", shape=(3,))
    near_zero = bool(np.all(np.abs(got) <= 2.5e-6))
    assert near_zero, f"elu([-1e-6, 0, 1e-6], alpha=2) should be about [-2e-6, 0, 1e-6], got {got}"


def test_elu_large_inputs():
    """elu is finite and correct for x from -1e4 to 1e4 (elu(-1e4) = -alpha, elu(1e4) = 1e4)"""
    got = elu(LARGE.copy(), alpha=1.5)
    assert_finite(got, "elu([-1e4, ..., 1e4], alpha=1.5)")
    assert_close(got, ref_elu(LARGE, 1.5), **tol(1.5), name="elu([-1e4, -1000, -50, -1e-12, 1e-12, 50, 1000, 1e4], alpha=1.5)")


def test_grad_large_inputs():
    """elu_grad is finite and correct for x from -1e4 to 1e4 (0 at -1e4, 1 at 1e4)"""
    got = elu_grad(LARGE.copy(), alpha=1.5)
    assert_finite(got, "elu_grad([-1e4, ..., 1e4], alpha=1.5)")
    assert_close(got, ref_grad(LARGE, 1.5), **tol(1.5), name="elu_grad([-1e4, -1000, -50, -1e-12, 1e-12, 50, 1000, 1e4], alpha=1.5)")


def test_grad_matches_finite_differences():
    """elu_grad matches a finite-difference derivative of elu (alpha = 0.7)"""
    x = sample((2, 6), seed=7)
    x = np.where(np.abs(x) < 1e-3, 0.5, x)  # away from the kink at 0
    numeric = numerical_gradient(lambda v: float(np.sum(ref_elu(v, 0.7))), x)
    assert_close(elu_grad(x.copy(), alpha=0.7), numeric, rtol=1e-5, atol=1e-7, name="elu_grad(x, alpha=0.7)")


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_integer_input(name):
    """{name} of an integer array gives floats"""
    x = np.array([[-2, 0, 3], [1, -1, 5]])
    function, reference = FUNCTIONS[name]
    assert_close(function(x.copy()), reference(x), **tol(), name=f"{name} of an int array")


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_does_not_modify_input(name):
    """{name} leaves its input array unchanged"""
    x = np.array([[-2.0, -0.5, 0.0], [0.5, 30.0, -1e4]])
    original = x.copy()
    FUNCTIONS[name][0](x)
    assert np.array_equal(x, original), f"{name}() changed the caller's x; it is now\n{x}\ninstead of\n{original}"


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_returns_new_array(name):
    """{name} returns a new array, not the input"""
    x = np.array([[2.0, 0.5, 3.0], [0.5, 30.0, 100.0]])
    got = FUNCTIONS[name][0](x)
    assert not np.shares_memory(np.asarray(got), x), f"{name}() returned an array sharing memory with its input"
