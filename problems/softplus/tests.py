import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import softplus, softplus_grad

RTOL, ATOL = 1e-6, 1e-9


def ref_softplus(x):
    """Elementwise with math.log1p, split at 0 so the exponent is never positive."""
    x = np.asarray(x, dtype=float)
    flat = [max(v, 0.0) + math.log1p(math.exp(-abs(v))) for v in x.ravel()]
    return np.array(flat).reshape(x.shape)


def ref_sigmoid(x):
    x = np.asarray(x, dtype=float)
    flat = [1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v)) for v in x.ravel()]
    return np.array(flat).reshape(x.shape)


FUNCTIONS = {"softplus": (lambda x: softplus(x), ref_softplus), "softplus_grad": (lambda x: softplus_grad(x), ref_sigmoid)}
SHAPES = {"0-d": (), "(6,)": (6,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}
LARGE = np.array([-1e4, -1000.0, -50.0, 20.0, 50.0, 1000.0, 1e4])


def sample(shape, seed):
    return np.array(np.random.default_rng(seed).normal(size=shape) * 4.0, dtype=float)


def test_softplus_worked_example():
    """softplus([0, 1, -1]) = [log 2, 1.313262, 0.313262]"""
    got = softplus(np.array([0.0, 1.0, -1.0]))
    assert_close(got, [math.log(2.0), 1.3132616875182228, 0.31326168751822286], rtol=RTOL, atol=ATOL, name="softplus([0, 1, -1])")


def test_grad_worked_example():
    """softplus_grad([0, 2, -2]) = [0.5, 0.880797, 0.119203]"""
    got = softplus_grad(np.array([0.0, 2.0, -2.0]))
    assert_close(got, [0.5, 0.8807970779778823, 0.11920292202211755], rtol=RTOL, atol=ATOL, name="softplus_grad([0, 2, -2])")


@pytest.mark.parametrize("shape", SHAPES)
def test_any_shape(shape):
    """softplus and softplus_grad work elementwise on an input of shape {shape}"""
    x = sample(SHAPES[shape], seed=len(shape) + 30)
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        as_array(got, f"{name} of a {shape} array", shape=x.shape)
        assert_close(got, reference(x), rtol=RTOL, atol=ATOL, name=f"{name} of a {shape} array")


def test_softplus_of_1e4():
    """softplus(1e4) = 1e4 and softplus(-1e4) = 0: finite at |x| = 1e4"""
    got = softplus(np.array([1e4, -1e4]))
    assert_finite(got, "softplus([1e4, -1e4])")
    assert_close(got, [1e4, 0.0], rtol=RTOL, atol=0.0, name="softplus([1e4, -1e4])")


def test_softplus_large_inputs():
    """softplus is finite and correct for x from -1e4 to 1e4"""
    got = softplus(LARGE.copy())
    assert_finite(got, "softplus of [-1e4, ..., 1e4]")
    assert_close(got, ref_softplus(LARGE), rtol=RTOL, atol=0.0, name="softplus of [-1e4, -1000, -50, 20, 50, 1000, 1e4]")


def test_softplus_of_minus_30():
    """softplus(-30) = 9.35762e-14 to 6 significant digits"""
    got = softplus(np.array([-30.0]))
    assert_close(got, [9.357622968840175e-14], rtol=1e-6, atol=0.0, name="softplus(-30)")


def test_softplus_of_minus_60():
    """softplus(-60) = 8.75651e-27 to 6 significant digits, not 0"""
    got = softplus(np.array([-60.0]))
    assert_close(got, [math.exp(-60.0)], rtol=1e-6, atol=0.0, name="softplus(-60)")


def test_tiny_results_not_rounded_to_zero():
    """softplus(-100) = 3.72008e-44 and softplus(-700) = 9.85968e-305 to 6 significant digits, not 0"""
    got = softplus(np.array([-100.0, -700.0]))
    assert_close(got, [math.exp(-100.0), math.exp(-700.0)], rtol=1e-6, atol=0.0, name="softplus([-100, -700])")


def test_softplus_reflection():
    """softplus(x) - softplus(-x) = x for x in [-40, 40]"""
    x = np.linspace(-40.0, 40.0, 17)
    diff = as_array(softplus(x.copy()), "softplus(x)", shape=x.shape) - as_array(softplus(-x), "softplus(-x)", shape=x.shape)
    assert_close(diff, x, rtol=RTOL, atol=1e-9, name="softplus(x) - softplus(-x)")


def test_grad_large_inputs():
    """softplus_grad is finite and correct (0 or 1) for x from -1e4 to 1e4"""
    got = softplus_grad(LARGE.copy())
    assert_finite(got, "softplus_grad of [-1e4, ..., 1e4]")
    assert_close(got, ref_sigmoid(LARGE), rtol=RTOL, atol=1e-7, name="softplus_grad of [-1e4, -1000, -50, 20, 50, 1000, 1e4]")


def test_grad_matches_finite_differences():
    """softplus_grad matches a finite-difference derivative of softplus"""
    x = sample((2, 5), seed=7)
    numeric = numerical_gradient(lambda v: float(np.sum(ref_softplus(v))), x)
    assert_close(softplus_grad(x.copy()), numeric, rtol=1e-5, atol=1e-6, name="softplus_grad(x)")


def test_grad_symmetry():
    """softplus_grad(-x) = 1 - softplus_grad(x)"""
    x = np.linspace(-12.0, 12.0, 13)
    a = as_array(softplus_grad(-x), "softplus_grad(-x)", shape=x.shape)
    b = as_array(softplus_grad(x.copy()), "softplus_grad(x)", shape=x.shape)
    assert_close(a, 1.0 - b, rtol=RTOL, atol=1e-9, name="softplus_grad(-x), compared with 1 - softplus_grad(x),")


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_integer_input(name):
    """{name} of an integer array gives floats"""
    x = np.array([[-2, 0, 3], [1, -1, 5]])
    function, reference = FUNCTIONS[name]
    assert_close(function(x.copy()), reference(x), rtol=RTOL, atol=ATOL, name=f"{name} of an int array")


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
    x = np.array([[-2.0, -0.5, 0.0], [0.5, 30.0, 100.0]])
    got = FUNCTIONS[name][0](x)
    assert not np.shares_memory(np.asarray(got), x), f"{name}() returned an array sharing memory with its input"
