import numpy as np
import pytest

from harness.testkit import assert_close
from solution import sliding_window_mask


def ref_mask(T, window):
    """The definition, entry by entry."""
    m = np.zeros((T, T), dtype=bool)
    for i in range(T):
        for j in range(T):
            m[i, j] = 0 <= i - j < window
    return m


def call(T, window):
    """sliding_window_mask(T, window), checked to be a (T, T) numpy array (dtype checked separately)."""
    got = sliding_window_mask(T, window)
    if got is None:
        raise AssertionError("sliding_window_mask() returned None: did it forget to `return` the mask?")
    if not isinstance(got, np.ndarray):
        raise AssertionError(f"sliding_window_mask({T}, {window}) should return a numpy array, got {type(got).__name__}")
    if got.shape != (T, T):
        raise AssertionError(f"sliding_window_mask({T}, {window}) has shape {got.shape}, expected {(T, T)}")
    return got


def same_entries(got, want, label):
    """Compares truth values entry by entry and names the first wrong (i, j)."""
    have = np.asarray(got).astype(bool)
    if np.array_equal(have, want):
        return
    i, j = np.argwhere(have != want)[0]
    raise AssertionError(
        f"{label}: entry [{i}, {j}] (offset i - j = {i - j}) should be {bool(want[i, j])}, got {bool(have[i, j])}\n"
        f"expected\n{want.astype(int)}\ngot\n{have.astype(int)}"
    )


def test_worked_example():
    """sliding_window_mask(5, 2) is the band of the diagonal and the one below it"""
    want = np.array([[1, 0, 0, 0, 0],
                     [1, 1, 0, 0, 0],
                     [0, 1, 1, 0, 0],
                     [0, 0, 1, 1, 0],
                     [0, 0, 0, 1, 1]], dtype=bool)
    same_entries(call(5, 2), want, "sliding_window_mask(5, 2)")


@pytest.mark.parametrize("T, window", [(6, 3), (8, 1), (7, 4), (10, 9), (4, 4), (1, 1), (12, 5)])
def test_matches_definition(T, window):
    """True exactly where 0 <= i - j < window: T={T}, window={window}"""
    same_entries(call(T, window), ref_mask(T, window), f"sliding_window_mask({T}, {window})")


def test_dtype_is_bool():
    """The result has dtype bool (not 0/1 integers or floats)"""
    got = call(5, 2)
    assert got.dtype == np.bool_, f"sliding_window_mask(5, 2) has dtype {got.dtype}, expected bool"


def test_window_one_is_identity():
    """window = 1: each position sees only itself (the identity pattern)"""
    same_entries(call(6, 1), np.eye(6, dtype=bool), "sliding_window_mask(6, 1)")


@pytest.mark.parametrize("window", [6, 7, 100])
def test_large_window_is_causal(window):
    """A window of T or more (T=6, window={window}) gives the causal lower triangle"""
    same_entries(call(6, window), np.tril(np.ones((6, 6), dtype=bool)), f"sliding_window_mask(6, {window})")


def test_window_just_below_T():
    """window = T - 1 drops only the oldest key of the last row: T=6, window=5"""
    got = call(6, 5)
    same_entries(got, ref_mask(6, 5), "sliding_window_mask(6, 5)")


def test_row_counts():
    """Row i allows min(i + 1, window) keys: T=9, window=4"""
    got = np.asarray(call(9, 4)).astype(bool)
    counts = got.sum(axis=1)
    want = np.minimum(np.arange(9) + 1, 4)
    assert_close(counts, want, rtol=0, atol=0, name="number of allowed keys in each row of sliding_window_mask(9, 4)")


def test_no_future_keys():
    """Nothing above the diagonal is allowed (no query sees a later key): T=7, window=3"""
    got = np.asarray(call(7, 3)).astype(bool)
    above = np.triu(got, k=1)
    assert not above.any(), (
        f"sliding_window_mask(7, 3) allows {int(above.sum())} entries with j > i, first at "
        f"{tuple(int(a) for a in np.argwhere(above)[0])}; only 0 <= i - j < window is allowed"
    )


def test_diagonal_always_allowed():
    """Every position may attend to itself (the diagonal is True): T=7, window=3"""
    got = np.asarray(call(7, 3)).astype(bool)
    diag = np.diagonal(got)
    assert diag.all(), f"the diagonal of sliding_window_mask(7, 3) is {diag.astype(int)}, expected all True"


def test_single_position():
    """T = 1: the mask is [[True]] whatever the window"""
    for window in (1, 3):
        same_entries(call(1, window), np.ones((1, 1), dtype=bool), f"sliding_window_mask(1, {window})")


def test_empty_sequence():
    """T = 0 gives an empty (0, 0) bool array"""
    got = call(0, 2)
    assert got.dtype == np.bool_, f"sliding_window_mask(0, 2) has dtype {got.dtype}, expected bool"


@pytest.mark.parametrize("window", [0, -1, -5])
def test_raises_for_window_below_one(window):
    """window = {window} raises ValueError"""
    try:
        sliding_window_mask(5, window)
    except ValueError:
        return
    except AssertionError:
        raise AssertionError(
            f"sliding_window_mask(5, {window}) raised AssertionError; the statement asks for ValueError"
        ) from None
    raise AssertionError(f"sliding_window_mask(5, {window}) returned normally; window < 1 should raise ValueError")


def test_numpy_integer_arguments():
    """Works when T and window are numpy integers: T=np.int64(5), window=np.int32(3)"""
    got = sliding_window_mask(np.int64(5), np.int32(3))
    same_entries(np.asarray(got), ref_mask(5, 3), "sliding_window_mask(np.int64(5), np.int32(3))")


def test_recent_past_allowed():
    """Each query sees the window - 1 positions just before it: M[i, i-1] and M[i, i-2] are True for window=3"""
    got = np.asarray(call(7, 3)).astype(bool)
    for i in range(7):
        for j in range(max(0, i - 2), i + 1):
            assert got[i, j], (
                f"sliding_window_mask(7, 3)[{i}, {j}] is False, but key {j} is {i - j} step(s) before query {i}, "
                "inside a window of 3 positions (counting the query itself)"
            )
