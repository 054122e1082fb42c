import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import sigmoid, sigmoid_grad

RTOL, ATOL = 1e-5, 1e-7  # float32 arithmetic inside a solution is fine at this tolerance


def ref_sigmoid(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # stable: tanh never overflows


def ref_grad(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))  # the derivative is even; e^{-|x|} never overflows
    return e / (1.0 + e) ** 2


FUNCTIONS = {"sigmoid": (lambda x: sigmoid(x), ref_sigmoid), "sigmoid_grad": (lambda x: sigmoid_grad(x), ref_grad)}
SHAPES = {"0-d": (), "(6,)": (6,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}
LARGE = np.array([-1e4, -1000.0, -50.0, -20.0, 20.0, 50.0, 1000.0, 1e4])


def sample(shape, seed):
    return np.array(np.random.default_rng(seed).normal(size=shape) * 4.0, dtype=float)


def test_sigmoid_worked_example():
    """sigmoid([0, 2, -2]) is [0.5, 0.880797, 0.119203]"""
    x = np.array([0.0, 2.0, -2.0])
    got = as_array(sigmoid(x.copy()), "sigmoid(x)", shape=(3,))
    flipped = abs(got[1] - 0.11920292202211755) < 1e-6
    assert not flipped, (
        f"sigmoid(2) should be 0.880797 but got {got[1]:.6f} = sigmoid(-2): the sign of x is flipped "
        "(sigmoid(x) = 1 / (1 + exp(-x)), with a minus sign in the exponent)"
    )
    assert_close(got, [0.5, 0.8807970779778823, 0.11920292202211755], rtol=RTOL, atol=ATOL, name="sigmoid(x)")


def test_sigmoid_grad_worked_example():
    """sigmoid_grad([0, 2, -2]) is [0.25, 0.104994, 0.104994]"""
    x = np.array([0.0, 2.0, -2.0])
    got = as_array(sigmoid_grad(x.copy()), "sigmoid_grad(x)", shape=(3,))
    assert abs(got[0] - 0.75) > 1e-6, (
        "sigmoid_grad(0) should be 0.25 but got 0.75 = s * (1 + s) with s = 0.5: "
        "the derivative is s * (1 - s)"
    )
    looks_like_output_formula = abs(got[0]) < 1e-9 and abs(got[1] + 2.0) < 1e-6
    assert not looks_like_output_formula, (
        "sigmoid_grad([0, 2]) gave [0, -2] = x * (1 - x): the formula s * (1 - s) needs s = sigmoid(x), "
        "but it was applied to x itself. Here the input is x, so compute s = sigmoid(x) first."
    )
    assert_close(got, [0.25, 0.10499358540350662, 0.10499358540350662], rtol=RTOL, atol=ATOL, name="sigmoid_grad(x)")


@pytest.mark.parametrize("shape", SHAPES)
def test_any_shape(shape):
    """sigmoid and sigmoid_grad work elementwise on an input of shape {shape}"""
    x = sample(SHAPES[shape], seed=len(shape) + 20)
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        if shape != "0-d":
            as_array(got, f"{name} of a {shape} array", shape=x.shape)
        assert_close(got, reference(x), rtol=RTOL, atol=ATOL, name=f"{name} of a {shape} array")


def test_sigmoid_stable_for_large_inputs():
    """sigmoid is finite and right for x from -1e4 to 1e4"""
    got = sigmoid(LARGE.copy())
    assert_finite(got, "sigmoid([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")
    assert_close(got, ref_sigmoid(LARGE), rtol=RTOL, atol=ATOL, name="sigmoid([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")


def test_sigmoid_grad_stable_for_large_inputs():
    """sigmoid_grad is finite and right (about 0) for x from -1e4 to 1e4"""
    got = sigmoid_grad(LARGE.copy())
    assert_finite(got, "sigmoid_grad([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")
    assert_close(got, ref_grad(LARGE), rtol=RTOL, atol=ATOL, name="sigmoid_grad([-1e4, -1000, -50, -20, 20, 50, 1000, 1e4])")


def test_mixed_scales_in_one_batch():
    """A (2, 4) batch mixing +-1e4 with ordinary values"""
    x = np.array([[-1e4, -3.0, 0.5, 1e4], [30.0, -30.0, 7.0, -0.25]])
    for name, (function, reference) in FUNCTIONS.items():
        got = function(x.copy())
        assert_finite(got, name)
        assert_close(got, reference(x), rtol=RTOL, atol=ATOL, name=name)


def test_grad_matches_finite_differences():
    """sigmoid_grad matches a finite-difference derivative of sigmoid"""
    x = sample((2, 5), seed=7)
    numeric = numerical_gradient(lambda v: float(np.sum(ref_sigmoid(v))), x)
    assert_close(sigmoid_grad(x.copy()), numeric, rtol=RTOL, atol=1e-6, name="sigmoid_grad(x)")


def test_grad_is_consistent_with_sigmoid():
    """sigmoid_grad(x) equals s * (1 - s) with s = sigmoid(x), using your own sigmoid"""
    x = np.linspace(-8.0, 8.0, 9)
    s = as_array(sigmoid(x.copy()), "sigmoid(x)", shape=x.shape)
    assert_close(sigmoid_grad(x.copy()), s * (1.0 - s), rtol=RTOL, atol=ATOL, name="sigmoid_grad(x), compared with s * (1 - s) for your s = sigmoid(x),")


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_does_not_modify_input(name):
    """{name} leaves its input array unchanged"""
    x = np.array([[-2.0, -0.5, 0.0], [0.5, 3.0, -1e4]])
    original = x.copy()
    FUNCTIONS[name][0](x)
    assert np.array_equal(x, original), (
        f"{name}() changed the caller's x; it is now\n{x}\ninstead of\n{original}\n"
        "Compute into new arrays (np.exp(-x) makes one) instead of writing into x with out= or -=."
    )
