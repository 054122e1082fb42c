import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import softmax

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)


def reference(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


_rng = np.random.default_rng(0)
CASES = {
    "1-D, 5 scores": _rng.normal(size=5),
    "batch of 3 rows x 4 classes": _rng.normal(size=(3, 4)) * 2,
    "square 4 x 4 batch": _rng.normal(size=(4, 4)) * 3,
    "3-D, shape (2, 3, 5)": _rng.normal(size=(2, 3, 5)),
    "single class, shape (3, 1)": _rng.normal(size=(3, 1)),
}


def test_worked_example():
    """softmax([1, 2, 3]) = [0.0900, 0.2447, 0.6652]"""
    got = softmax(np.array([1.0, 2.0, 3.0]))
    assert_close(got, [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], **TOL, name="softmax([1, 2, 3])")


@pytest.mark.parametrize("case", CASES)
def test_same_shape(case):
    """Output has the same shape as the input ({case})"""
    x = CASES[case]
    as_array(softmax(x.copy()), "softmax(x)", shape=x.shape)


@pytest.mark.parametrize("case", CASES)
def test_matches_reference(case):
    """Matches exp(x) / sum(exp(x)) along the last axis ({case})"""
    x = CASES[case]
    assert_close(softmax(x.copy()), reference(x), **TOL, name="softmax(x)")


def test_rows_sum_to_one():
    """Each row of a (3, 5) batch sums to 1 (normalise along the last axis)"""
    x = np.arange(15.0).reshape(3, 5) / 4
    p = as_array(softmax(x.copy()), "softmax(x)", shape=(3, 5))
    sums = p.sum(axis=-1)
    rows_sum_to_one = bool(np.all(np.abs(sums - 1) < 1e-6))
    assert rows_sum_to_one, (
        f"each row should sum to 1, but the row sums are {sums}. "
        "Normalise along the last axis: .sum(axis=-1, keepdims=True)"
    )


def test_large_scores():
    """Stable for large scores like [1000, 1001, 1002]"""
    x = np.array([1000.0, 1001.0, 1002.0])
    got = softmax(x.copy())
    assert_close(got, reference(x), **TOL, name="softmax([1000, 1001, 1002])")


def test_very_negative_scores():
    """Stable for very negative scores like [-1000, -1001, -1002]"""
    x = np.array([-1000.0, -1001.0, -1002.0])
    got = softmax(x.copy())
    assert_close(got, reference(x), **TOL, name="softmax([-1000, -1001, -1002])")


def test_rows_on_different_scales():
    """Each row is shifted by its own maximum: rows near +1000 and -1000 in one batch"""
    x = np.array([[1000.0, 1001.0, 999.0], [-1000.0, -1001.0, -999.0]])
    got = softmax(x.copy())
    assert_close(got, reference(x), **TOL, name="softmax of a batch with rows near +1000 and -1000")


def test_shift_invariance():
    """Adding a constant to a row does not change its softmax"""
    x = np.array([[0.5, -1.0, 2.0, 0.0], [3.0, 1.0, -2.0, 0.5]])
    shifted = x + np.array([[100.0], [-250.0]])
    assert_close(softmax(shifted), reference(x), **TOL, name="softmax(x + c)")


def test_integer_input():
    """Integer input gives a float result"""
    got = softmax(np.array([[1, 2, 3], [0, 0, 0]]))
    expected = [[0.09003057317038046, 0.24472847105479767, 0.6652409557748219], [1 / 3, 1 / 3, 1 / 3]]
    assert_close(got, expected, **TOL, name="softmax of an int array")


def test_does_not_modify_input():
    """Leaves the input array unchanged"""
    x = np.array([[0.1, 0.2, 0.3], [1.0, -1.0, 0.0]])
    before = x.copy()
    softmax(x)
    unchanged = np.array_equal(x, before)
    assert unchanged, (
        f"softmax() changed its input in place: it was\n{before}\nand is now\n{x}\n"
        "Compute into a new array (x - m rather than x -= m)."
    )


def test_wide_spread_within_a_row():
    """Stable when one row spans from -1000 to +1000: softmax([-1000, 0, 1000]) = [0, 0, 1]"""
    x = np.array([[-1000.0, 0.0, 1000.0], [0.0, 1000.0, 500.0]])
    got = softmax(x.copy())
    finite = bool(np.all(np.isfinite(as_array(got, "softmax(x)", shape=x.shape))))
    assert finite, (
        f"softmax of rows [-1000, 0, 1000] and [0, 1000, 500] gave\n{np.asarray(got)}\n"
        "which is not finite. Shift each row by its MAXIMUM before exp: then every exponent is <= 0 "
        "and exp cannot overflow (shifting by the minimum leaves exponents up to +2000)."
    )
    assert_close(got, reference(x), **TOL, name="softmax of rows [-1000, 0, 1000] and [0, 1000, 500]")
