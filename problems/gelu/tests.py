import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import gelu, gelu_grad

RTOL, ATOL = 1e-5, 1e-6  # float32 inside passes; the exact erf GELU (off by up to 4.7e-4) does not
C = math.sqrt(2.0 / math.pi)
K = 0.044715


def ref_gelu(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * x * (1.0 + np.tanh(C * (x + K * x**3)))


def ref_grad(x):
    x = np.asarray(x, dtype=float)
    t = np.tanh(C * (x + K * x**3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * C * (1.0 + 3.0 * K * x**2)


_erf = np.vectorize(math.erf, otypes=[float])


def erf_gelu(x):
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def erf_gelu_grad(x):
    return 0.5 * (1.0 + _erf(x / math.sqrt(2.0))) + x * np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)


FUNCTIONS = {"gelu": (lambda x: gelu(x), ref_gelu), "gelu_grad": (lambda x: gelu_grad(x), ref_grad)}
SHAPES = {"0-d": (), "(6,)": (6,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}
LARGE = np.array([-1e4, -1000.0, -50.0, -20.0, 20.0, 50.0, 1000.0, 1e4])
X = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])


def sample(shape, seed):
    return np.array(np.random.default_rng(seed).normal(size=shape) * 2.5, dtype=float)


def test_gelu_worked_example():
    """gelu([-2, -1, 0, 1, 2]) is [-0.045402, -0.158808, 0, 0.841192, 1.954598]"""
    expected = [-0.04540230591222494, -0.1588080093917233, 0.0, 0.8411919906082768, 1.954597694087775]
    got = as_array(gelu(X.copy()), "gelu(x)", shape=X.shape)
    assert not np.allclose(got, erf_gelu(X), rtol=1e-7, atol=1e-9), (
        "gelu(x) returned the exact GELU 0.5 x (1 + erf(x / sqrt(2))); this problem asks for the tanh "
        "approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))"
    )
    assert_close(got, expected, rtol=RTOL, atol=ATOL, name="gelu(x)")


def test_gelu_grad_worked_example():
    """gelu_grad([-2, -1, 0, 1, 2]) is [-0.086099, -0.082964, 0.5, 1.082964, 1.086099]"""
    got = as_array(gelu_grad(X.copy()), "gelu_grad(x)", shape=X.shape)
    expected = [-0.08609925662361825, -0.08296408384578258, 0.5, 1.0829640838457826, 1.0860992566236183]
    assert_close(got, expected, rtol=RTOL, atol=ATOL, name="gelu_grad(x)")


def test_tanh_approximation_not_erf():
    """Uses the tanh approximation, not the exact erf GELU (they differ by up to 4.7e-4)"""
    x = np.array([-3.0, -1.0, 1.0, 2.7, 3.0])
    got = as_array(gelu(x.copy()), "gelu(x)", shape=x.shape)
    assert not np.allclose(got, erf_gelu(x), rtol=1e-7, atol=1e-9), (
        "gelu(x) matches the exact GELU 0.5 x (1 + erf(x / sqrt(2))), but this problem asks for the tanh "
        "approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), as in GPT-2 and BERT. "
        f"For x = 1 the two give 0.8411920 (tanh) and 0.8413447 (erf); yours gave {got[1]:.7f}."
    )
    assert_close(got, ref_gelu(x), rtol=RTOL, atol=ATOL, name="gelu(x)")


@pytest.mark.parametrize("shape", SHAPES)
def test_any_shape(shape):
    """gelu and gelu_grad work elementwise on an input of shape {shape}"""
    x = sample(SHAPES[shape], seed=len(shape) + 40)
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        if shape != "0-d":
            as_array(got, f"{name} of a {shape} array", shape=x.shape)
        assert_close(got, reference(x), rtol=RTOL, atol=ATOL, name=f"{name} of a {shape} array")


def test_gelu_stable_for_large_inputs():
    """gelu is finite and right for x from -1e4 to 1e4 (about 0 on the left, x on the right)"""
    got = gelu(LARGE.copy())
    assert_finite(got, "gelu([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")
    assert_close(got, ref_gelu(LARGE), rtol=RTOL, atol=ATOL, name="gelu([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")


def test_gelu_grad_stable_for_large_inputs():
    """gelu_grad is finite and right for x from -1e4 to 1e4 (about 0 on the left, 1 on the right)"""
    got = gelu_grad(LARGE.copy())
    assert_finite(got, "gelu_grad([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")
    assert_close(got, ref_grad(LARGE), rtol=RTOL, atol=ATOL, name="gelu_grad([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")


def test_mixed_scales_in_one_batch():
    """A (2, 4) batch mixing +-1e4 with ordinary values"""
    x = np.array([[-1e4, -3.0, 0.5, 1e4], [30.0, -30.0, 4.0, -0.25]])
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        assert_finite(got, name)
        assert_close(got, reference(x), rtol=RTOL, atol=ATOL, name=name)


def test_grad_matches_finite_differences():
    """gelu_grad matches a finite-difference derivative of gelu"""
    x = sample((2, 5), seed=11)
    numeric = numerical_gradient(lambda v: float(np.sum(ref_gelu(v))), x)
    assert_close(gelu_grad(x.copy()), numeric, rtol=RTOL, atol=ATOL, name="gelu_grad(x)")


def test_odd_part_identities():
    """gelu(x) - gelu(-x) = x and gelu_grad(x) + gelu_grad(-x) = 1"""
    x = sample((9,), seed=12)
    forward = as_array(gelu(x.copy()), "gelu(x)", shape=x.shape) - as_array(gelu(-x), "gelu(-x)", shape=x.shape)
    assert_close(forward, x, rtol=RTOL, atol=ATOL, name="gelu(x) - gelu(-x)")
    backward = as_array(gelu_grad(x.copy()), "gelu_grad(x)", shape=x.shape) + as_array(gelu_grad(-x), "gelu_grad(-x)", shape=x.shape)
    assert_close(backward, np.ones_like(x), rtol=RTOL, atol=ATOL, name="gelu_grad(x) + gelu_grad(-x)")


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_does_not_modify_input(name):
    """{name} leaves its input array unchanged"""
    x = np.array([[-2.0, -0.5, 0.0], [0.5, 3.0, -1e4]])
    original = x.copy()
    FUNCTIONS[name][0](x)
    assert np.array_equal(x, original), (
        f"{name}() changed the caller's x; it is now\n{x}\ninstead of\n{original}\n"
        "Careful with u = x followed by u += ...: that is the same array, not a copy."
    )
