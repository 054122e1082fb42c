import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import silu, silu_grad

RTOL, ATOL = 1e-5, 1e-7  # float32 arithmetic inside a solution is fine at this tolerance


def ref_sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))  # tanh never overflows


def ref_silu(x):
    x = np.asarray(x, dtype=float)
    return x * ref_sigmoid(x)


def ref_grad(x):
    x = np.asarray(x, dtype=float)
    s, r = ref_sigmoid(x), ref_sigmoid(-x)  # r = 1 - s without cancellation
    return s + x * s * r


FUNCTIONS = {"silu": (lambda x: silu(x), ref_silu), "silu_grad": (lambda x: silu_grad(x), ref_grad)}
SHAPES = {"0-d": (), "(6,)": (6,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}
LARGE = np.array([-1e4, -1000.0, -50.0, -20.0, 20.0, 50.0, 1000.0, 1e4])
X = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])


def sample(shape, seed):
    return np.array(np.random.default_rng(seed).normal(size=shape) * 4.0, dtype=float)


def test_silu_worked_example():
    """silu([-2, -1, 0, 1, 2]) is [-0.238406, -0.268941, 0, 0.731059, 1.761594]"""
    expected = [-0.23840584404423515, -0.2689414213699951, 0.0, 0.7310585786300049, 1.7615941559557646]
    assert_close(silu(X.copy()), expected, rtol=RTOL, atol=ATOL, name="silu(x)")


def test_silu_grad_worked_example():
    """silu_grad([-2, -1, 0, 1, 2]) is [-0.090784, 0.072329, 0.5, 0.927671, 1.090784]"""
    got = as_array(silu_grad(X.copy()), "silu_grad(x)", shape=X.shape)
    expected = [-0.09078424878489544, 0.07232948812851325, 0.5, 0.9276705118714867, 1.0907842487848955]
    assert_close(got, expected, rtol=RTOL, atol=ATOL, name="silu_grad(x)")


@pytest.mark.parametrize("shape", SHAPES)
def test_any_shape(shape):
    """silu and silu_grad work elementwise on an input of shape {shape}"""
    x = sample(SHAPES[shape], seed=len(shape) + 30)
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        if shape != "0-d":
            as_array(got, f"{name} of a {shape} array", shape=x.shape)
        assert_close(got, reference(x), rtol=RTOL, atol=ATOL, name=f"{name} of a {shape} array")


def test_silu_stable_for_large_inputs():
    """silu is finite and right for x from -1e4 to 1e4 (about 0 on the left, x on the right)"""
    got = silu(LARGE.copy())
    assert_finite(got, "silu([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")
    assert_close(got, ref_silu(LARGE), rtol=RTOL, atol=ATOL, name="silu([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")


def test_silu_grad_stable_for_large_inputs():
    """silu_grad is finite and right for x from -1e4 to 1e4 (about 0 on the left, 1 on the right)"""
    got = silu_grad(LARGE.copy())
    assert_finite(got, "silu_grad([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")
    assert_close(got, ref_grad(LARGE), rtol=RTOL, atol=ATOL, name="silu_grad([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")


def test_mixed_scales_in_one_batch():
    """A (2, 4) batch mixing +-1e4 with ordinary values"""
    x = np.array([[-1e4, -3.0, 0.5, 1e4], [30.0, -30.0, 7.0, -0.25]])
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        assert_finite(got, name)
        assert_close(got, reference(x), rtol=RTOL, atol=ATOL, name=name)


def test_grad_matches_finite_differences():
    """silu_grad matches a finite-difference derivative of silu"""
    x = sample((2, 5), seed=8)
    numeric = numerical_gradient(lambda v: float(np.sum(ref_silu(v))), x)
    assert_close(silu_grad(x.copy()), numeric, rtol=RTOL, atol=1e-6, name="silu_grad(x)")


def test_grad_negative_where_silu_dips():
    """silu_grad is negative left of x = -1.2785, where SiLU dips to its minimum -0.2785"""
    left = np.array([-4.0, -2.0, -1.5])
    right = np.array([-1.0, 0.0, 3.0])
    got_left = as_array(silu_grad(left.copy()), "silu_grad([-4, -2, -1.5])", shape=(3,))
    got_right = as_array(silu_grad(right.copy()), "silu_grad([-1, 0, 3])", shape=(3,))
    assert np.all(got_left < 0), (
        f"silu_grad([-4, -2, -1.5]) should be negative everywhere (SiLU decreases there), got {got_left}"
    )
    assert np.all(got_right > 0), f"silu_grad([-1, 0, 3]) should be positive everywhere, got {got_right}"
    assert_close(got_left, ref_grad(left), rtol=RTOL, atol=ATOL, name="silu_grad([-4, -2, -1.5])")


def test_odd_part_identities():
    """silu(x) - silu(-x) = x and silu_grad(x) + silu_grad(-x) = 1"""
    x = sample((9,), seed=9)
    forward = as_array(silu(x.copy()), "silu(x)", shape=x.shape) - as_array(silu(-x), "silu(-x)", shape=x.shape)
    assert_close(forward, x, rtol=RTOL, atol=1e-6, name="silu(x) - silu(-x)")
    backward = as_array(silu_grad(x.copy()), "silu_grad(x)", shape=x.shape) + as_array(silu_grad(-x), "silu_grad(-x)", shape=x.shape)
    assert_close(backward, np.ones_like(x), rtol=RTOL, atol=1e-6, name="silu_grad(x) + silu_grad(-x)")


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_does_not_modify_input(name):
    """{name} leaves its input array unchanged"""
    x = np.array([[-2.0, -0.5, 0.0], [0.5, 3.0, -1e4]])
    original = x.copy()
    FUNCTIONS[name][0](x)
    assert np.array_equal(x, original), (
        f"{name}() changed the caller's x; it is now\n{x}\ninstead of\n{original}\n"
        "Compute into new arrays instead of writing into x with *=, -= or out=."
    )
