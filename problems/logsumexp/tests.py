import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import logsumexp

TOL = dict(rtol=1e-7, atol=1e-9)
NEG_INF = -math.inf


def lse_list(values):
    """The definition for one slice, in plain Python: -inf for an empty or all -inf slice."""
    finite = [v for v in values if v != NEG_INF]
    if not finite:
        return NEG_INF
    m = max(finite)
    return m + math.log(math.fsum(math.exp(v - m) for v in finite))


def ref(x, axis=-1, keepdims=False):
    x = np.asarray(x, dtype=float)
    if axis is None:
        out = np.array(lse_list(x.ravel().tolist()))
        return out.reshape((1,) * x.ndim) if keepdims else out
    moved = np.moveaxis(x, axis, -1)
    out = np.empty(moved.shape[:-1])
    for idx in np.ndindex(*moved.shape[:-1]):
        out[idx] = lse_list(moved[idx].tolist())
    return np.expand_dims(out, axis) if keepdims else out


def check(x, axis=-1, keepdims=False, name=None, **tol):
    """Calls logsumexp on a copy; the result must have the reduction's shape, -inf exactly where expected."""
    want = ref(x, axis, keepdims)
    label = name or f"logsumexp(x of shape {np.shape(x)}, axis={axis}, keepdims={keepdims})"
    got = logsumexp(np.array(x, copy=True), axis=axis, keepdims=keepdims)
    have = as_array(got, label)
    if have.shape != want.shape:
        raise AssertionError(f"{label} has shape {have.shape}, expected {want.shape}")
    if np.isnan(have).any():
        raise AssertionError(f"{label} contains nan at {tuple(int(i) for i in np.argwhere(np.isnan(have))[0])}; expected {want[np.isnan(have)][0]}")
    wrong = np.isneginf(want) != np.isneginf(have)
    if wrong.any():
        i = tuple(int(a) for a in np.argwhere(wrong)[0])
        raise AssertionError(f"{label}{list(i)} should be {want[i]}, got {have[i]}")
    finite = ~np.isneginf(want)
    assert_close(have[finite], want[finite], name=label, **(tol or TOL))
    return have


def test_worked_example():
    """logsumexp([1, 2, 3]) = 3.4076059644443806"""
    check(np.array([1.0, 2.0, 3.0]), name="logsumexp([1, 2, 3])")
    assert_close(logsumexp(np.array([1.0, 2.0, 3.0])), 3.4076059644443806, **TOL, name="logsumexp([1, 2, 3])")


@pytest.mark.parametrize("n", [1, 2, 7, 1000])
def test_equal_entries(n):
    """{n} equal entries c give c + log({n})"""
    x = np.full(n, -3.5)
    assert_close(logsumexp(x), -3.5 + math.log(n), **TOL, name=f"logsumexp of {n} entries equal to -3.5")


def test_largest_finite_inputs():
    """Correct for any finite input: logsumexp([1e308, 1e308]) = 1e308 and [1e308, -1e308] too"""
    for x in ([1e308, 1e308], [1e308, -1e308], [-1e308, -1e308], [1.7e308, 1.7e308, 1.7e308]):
        got = check(np.array(x), name=f"logsumexp({x})", rtol=1e-12, atol=0)
        assert np.isfinite(got).all(), f"logsumexp({x}) gave {got}: the result is finite, nothing may overflow"


def test_large_and_small_scores():
    """logsumexp([1000, 1000, 1000]) = 1000 + log 3 and logsumexp([-1000, -1001]) = -1000 + log(1 + 1/e)"""
    assert_close(logsumexp(np.array([1000.0, 1000.0, 1000.0])), 1000 + math.log(3), rtol=1e-12, atol=0, name="logsumexp([1000, 1000, 1000])")
    assert_close(logsumexp(np.array([-1000.0, -1001.0])), -1000 + math.log1p(math.exp(-1)), rtol=1e-12, atol=0,
                 name="logsumexp([-1000, -1001])")


def test_rows_on_different_scales():
    """Each slice uses its own maximum: rows near +1000, -1000 and 0 in one array"""
    x = np.array([[1000.0, 999.0, 998.0], [-1000.0, -1001.0, -999.0], [0.5, -0.5, 0.0]])
    check(x)
    check(x.T, axis=0)


@pytest.mark.parametrize("axis", [0, 1, 2, -1, -2, -3])
def test_axes_of_3d_input(axis):
    """Reduces along axis={axis} of a (3, 4, 5) array"""
    x = np.random.default_rng(abs(axis)).normal(size=(3, 4, 5)) * 20
    check(x, axis=axis)


@pytest.mark.parametrize("axis", [0, -1, None])
def test_keepdims(axis):
    """keepdims=True keeps the reduced axis with length 1: (2, 3, 4) input, axis={axis}"""
    x = np.random.default_rng(7).normal(size=(2, 3, 4)) * 5
    check(x, axis=axis, keepdims=True)


def test_axis_none():
    """axis=None reduces over all entries and gives a single number"""
    x = np.random.default_rng(8).normal(size=(3, 4)) * 10
    got = logsumexp(x.copy(), axis=None)
    assert_close(got, lse_list(x.ravel().tolist()), **TOL, name="logsumexp(x, axis=None)")


def test_minus_inf_entries():
    """-inf entries add 0: logsumexp([-inf, log 3, log 5]) = log 8 and logsumexp([-inf, 0]) = 0"""
    assert_close(logsumexp(np.array([NEG_INF, math.log(3), math.log(5)])), math.log(8), **TOL, name="logsumexp([-inf, log 3, log 5])")
    assert_close(logsumexp(np.array([NEG_INF, 0.0])), 0.0, **TOL, name="logsumexp([-inf, 0])")


def test_all_minus_inf_slice_no_nan():
    """A slice of only -inf gives no nan"""
    x = np.array([[0.0, 0.0], [NEG_INF, NEG_INF]])
    for kwargs in ({}, {"axis": None}):
        have = as_array(logsumexp(x.copy(), **kwargs), f"logsumexp([[0, 0], [-inf, -inf]], {kwargs})")
        assert not np.isnan(have).any(), f"logsumexp([[0, 0], [-inf, -inf]], {kwargs}) gave {have}: nan where log(0) = -inf belongs"


def test_all_minus_inf_slice():
    """A slice of only -inf gives exactly -inf, next to ordinary slices"""
    x = np.array([[0.0, 0.0], [NEG_INF, NEG_INF], [NEG_INF, 2.0]])
    check(x)
    check(x, keepdims=True)
    check(x, axis=None)
    check(np.full((2, 3), NEG_INF), axis=None, name="logsumexp(all -inf, axis=None)")


def test_empty_slices():
    """An empty slice gives -inf: (3, 0) along the last axis, (0, 2) along axis 0, and axis=None"""
    check(np.zeros((3, 0)))
    check(np.zeros((0, 2)), axis=0)
    check(np.zeros((0, 2)), axis=None)
    check(np.zeros((2, 0)), axis=-1, keepdims=True)


def test_integer_input():
    """Integer input gives a float result: logsumexp([[0, 0], [1, 1]]) = [log 2, 1 + log 2]"""
    got = logsumexp(np.array([[0, 0], [1, 1]]))
    assert_close(got, [math.log(2), 1 + math.log(2)], **TOL, name="logsumexp(int array)")


def test_large_input():
    """10^5 entries of scale 1e4 along the last axis of a (10, 10^4) array"""
    x = np.random.default_rng(9).normal(size=(10, 10_000)) * 1e4
    check(x)


def test_does_not_modify_input():
    """Leaves the input array unchanged"""
    x = np.array([[1.0, 2.0, NEG_INF], [NEG_INF, NEG_INF, NEG_INF]])
    before = x.copy()
    logsumexp(x)
    logsumexp(x, axis=None, keepdims=True)
    assert np.array_equal(x, before), f"logsumexp() changed its input: it was\n{before}\nand is now\n{x}"


def test_other_length_one_axes_stay():
    """Only the reduced axis is removed: (1, 3, 1, 4) along the last axis gives shape (1, 3, 1)"""
    x = np.random.default_rng(10).normal(size=(1, 3, 1, 4))
    check(x)
    check(x, axis=1)
