import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, assert_finite
from solution import log_softmax, logsumexp

LOG2 = 0.6931471805599453
LOG4 = 1.3862943611198906


def ref_logsumexp(x):
    x = np.asarray(x, dtype=float)
    m = x.max(axis=-1, keepdims=True)
    return m[..., 0] + np.log(np.exp(x - m).sum(axis=-1))


def ref_log_softmax(x):
    x = np.asarray(x, dtype=float)
    return x - ref_logsumexp(x)[..., None]


_rng = np.random.default_rng(0)
BATCHED = {
    "batch of 4 rows x 5 classes": _rng.normal(size=(4, 5)) * 3,
    "square 3 x 3 batch": _rng.normal(size=(3, 3)) * 2,
    "3-D, shape (2, 3, 4)": _rng.normal(size=(2, 3, 4)),
    "single class, shape (3, 1)": _rng.normal(size=(3, 1)),
}
ALL = {"1-D, 6 scores": _rng.normal(size=6) * 2, **BATCHED}


def test_logsumexp_worked_example():
    """logsumexp([1, 2, 3]) = 3.40761"""
    assert_close(logsumexp(np.array([1.0, 2.0, 3.0])), 3.4076059644443806, name="logsumexp([1, 2, 3])")


def test_log_softmax_worked_example():
    """log_softmax([1, 2, 3]) = [-2.4076, -1.4076, -0.4076]"""
    got = log_softmax(np.array([1.0, 2.0, 3.0]))
    assert_close(got, [-2.4076059644443806, -1.4076059644443806, -0.4076059644443806], name="log_softmax([1, 2, 3])")


def test_logsumexp_1d_returns_a_number():
    """logsumexp of a 1-D array returns a single number, not an array of shape (1,)"""
    value = as_scalar(logsumexp(np.array([0.5, -1.0, 2.0])), "logsumexp(x) for 1-D x")
    assert_close(value, ref_logsumexp([0.5, -1.0, 2.0]), name="logsumexp([0.5, -1, 2])")


@pytest.mark.parametrize("case", BATCHED)
def test_logsumexp_reduces_last_axis(case):
    """logsumexp returns shape x.shape[:-1] ({case})"""
    x = BATCHED[case]
    got = as_array(logsumexp(x.copy()), f"logsumexp(x) for x of shape {x.shape}")
    right_shape = got.shape == x.shape[:-1]
    assert right_shape, (
        f"logsumexp(x) for x of shape {x.shape} should have shape {x.shape[:-1]} (the last axis reduced away), "
        f"got shape {got.shape}" + (" (the reduced axis is still there with length 1, as with keepdims=True)" if got.shape == x.shape[:-1] + (1,) else "")
    )


@pytest.mark.parametrize("case", ALL)
def test_logsumexp_matches_reference(case):
    """logsumexp matches log(sum(exp(x))) along the last axis ({case})"""
    x = ALL[case]
    assert_close(logsumexp(x.copy()), ref_logsumexp(x), name="logsumexp(x)")


@pytest.mark.parametrize("case", ALL)
def test_log_softmax_matches_reference(case):
    """log_softmax matches x - logsumexp(x), same shape as x ({case})"""
    x = ALL[case]
    assert_close(log_softmax(x.copy()), ref_log_softmax(x), name="log_softmax(x)")


def test_logsumexp_huge_positive():
    """logsumexp([1000, 1000]) = 1000 + log 2, not inf"""
    got = logsumexp(np.array([1000.0, 1000.0]))
    assert_finite(as_scalar(got, "logsumexp([1000, 1000])"), "logsumexp([1000, 1000])")
    assert_close(got, 1000 + LOG2, rtol=1e-12, name="logsumexp([1000, 1000])")


def test_logsumexp_huge_negative():
    """logsumexp([-1000, -1000]) = -1000 + log 2, not -inf"""
    got = logsumexp(np.array([-1000.0, -1000.0]))
    assert_finite(as_scalar(got, "logsumexp([-1000, -1000])"), "logsumexp([-1000, -1000])")
    assert_close(got, -1000 + LOG2, rtol=1e-12, name="logsumexp([-1000, -1000])")


def test_logsumexp_rows_on_different_scales():
    """Each row uses its own maximum: rows near +1000 and -1000 in one batch"""
    x = np.array([[1000.0, 999.0, 998.0], [-1000.0, -999.0, -998.0]])
    got = logsumexp(x.copy())
    assert_finite(got, "logsumexp of rows near +1000 and -1000")
    assert_close(got, ref_logsumexp(x), rtol=1e-12, name="logsumexp of rows near +1000 and -1000")


def test_log_softmax_huge_uniform():
    """log_softmax of four equal scores is -log 4, for scores 1000 and -1000"""
    x = np.array([[1000.0] * 4, [-1000.0] * 4])
    got = log_softmax(x.copy())
    assert_finite(got, "log_softmax of [1000]*4 and [-1000]*4")
    assert_close(got, np.full((2, 4), -LOG4), name="log_softmax of [1000]*4 and [-1000]*4")


def test_log_softmax_underflowing_probability():
    """log_softmax([0, -1000]) = [0, -1000], not [0, -inf] (no log of a probability)"""
    got = log_softmax(np.array([0.0, -1000.0]))
    assert_finite(got, "log_softmax([0, -1000])")
    assert_close(got, [0.0, -1000.0], name="log_softmax([0, -1000])")


def test_log_softmax_batch_underflow():
    """log_softmax([[1000, 0], [0, 1000]]) = [[0, -1000], [-1000, 0]]"""
    got = log_softmax(np.array([[1000.0, 0.0], [0.0, 1000.0]]))
    assert_finite(got, "log_softmax([[1000, 0], [0, 1000]])")
    assert_close(got, [[0.0, -1000.0], [-1000.0, 0.0]], name="log_softmax([[1000, 0], [0, 1000]])")


def test_log_softmax_exponentiates_to_distribution():
    """exp(log_softmax(x)) sums to 1 along the last axis"""
    x = np.arange(12.0).reshape(3, 4) - 5
    got = as_array(log_softmax(x.copy()), "log_softmax(x)", shape=(3, 4))
    sums = np.exp(got).sum(axis=-1)
    rows_sum_to_one = bool(np.all(np.abs(sums - 1) < 1e-9))
    assert rows_sum_to_one, (
        f"exp(log_softmax(x)) should sum to 1 in every row, but the row sums are {sums}. "
        "Subtract one logsumexp per row (along the last axis)."
    )


def test_does_not_modify_input():
    """Neither function changes its input array"""
    x = np.array([[0.1, 0.2, 0.3], [1.0, -1.0, 0.0]])
    before = x.copy()
    logsumexp(x)
    assert np.array_equal(x, before), f"logsumexp() changed its input in place; it is now\n{x}\nCompute x - m into a new array."
    log_softmax(x)
    assert np.array_equal(x, before), f"log_softmax() changed its input in place; it is now\n{x}\nCompute x - m into a new array."
