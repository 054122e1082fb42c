import time

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import pairwise_sq_dists

TIME_BOUND = 3.0  # seconds for (2000, 64) x (2000, 64); vectorised numpy needs about 0.1-0.5 s


def exact(A, B):
    """The definition, summed over explicit differences (fine for the small inputs used here)."""
    diff = np.asarray(A, dtype=float)[:, None, :] - np.asarray(B, dtype=float)[None, :, :]
    return (diff * diff).sum(axis=-1)


def scale(A, B):
    """|a|^2 + |b|^2 for every pair: the size of the numbers the expansion cancels."""
    return (A * A).sum(1)[:, None] + (B * B).sum(1)[None, :]


def assert_not_negative(got, name, scale=None):
    # No counts or values in the message: they are rounding noise and differ between platforms.
    # Cancellation is named only when every negative entry is within rounding of 0 (|a|^2 + |b|^2 at 1e-12).
    if (got < 0).any() and scale is not None and np.any(got < -1e-12 * scale):
        raise AssertionError(f"{name} has negative entries well beyond rounding; a squared distance is never negative")
    if (got < 0).any():
        raise AssertionError(
            f"{name} has negative entries (tiny ones, where the true distance is about 0). A squared distance is never "
            "negative: |a|^2 + |b|^2 - 2 a.b loses digits to cancellation when a and b are (nearly) equal, so clip the "
            "result at 0 with np.maximum(D, 0)."
        )


_rng = np.random.default_rng(0)
SIZES = {
    "n=4, m=6, d=3": (_rng.normal(size=(4, 3)), _rng.normal(size=(6, 3))),
    "n=1, m=1, d=5": (_rng.normal(size=(1, 5)), _rng.normal(size=(1, 5))),
    "n=7, m=2, d=1": (_rng.normal(size=(7, 1)) * 4, _rng.normal(size=(2, 1)) * 4),
    "n=5, m=5, d=16": (_rng.normal(size=(5, 16)) + 2, _rng.normal(size=(5, 16)) - 1),
}


def test_worked_example():
    """The worked example: 3 points against 2 gives [[0, 1], [2, 1], [25, 20]]"""
    A = np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 4.0]])
    B = np.array([[0.0, 0.0], [1.0, 0.0]])
    assert_close(pairwise_sq_dists(A, B), [[0, 1], [2, 1], [25, 20]], atol=1e-12, name="pairwise_sq_dists(A, B)")


def test_shape_is_n_by_m():
    """The result has shape (n, m): one row per row of A, one column per row of B"""
    A, B = np.ones((3, 4)), np.zeros((5, 4))
    got = as_array(pairwise_sq_dists(A, B), "pairwise_sq_dists(A, B)")
    if got.shape == (5, 3):
        raise AssertionError(
            "for A of shape (3, 4) and B of shape (5, 4) the result has shape (5, 3), expected (3, 5): "
            "it is transposed. Row i must hold the distances from A[i] to every row of B."
        )
    as_array(got, "pairwise_sq_dists(A, B)", shape=(3, 5))
    assert_close(got, np.full((3, 5), 4.0), name="pairwise_sq_dists(ones((3, 4)), zeros((5, 4)))")


@pytest.mark.parametrize("case", SIZES)
def test_matches_definition(case):
    """D[i, j] = sum_k (A[i, k] - B[j, k])^2 ({case})"""
    A, B = SIZES[case]
    assert_close(pairwise_sq_dists(A.copy(), B.copy()), exact(A, B), rtol=1e-9, atol=1e-9, name="pairwise_sq_dists(A, B)")


def test_squared_not_plain_distance():
    """Returns squared distances: points 3-4-5 apart give 25, not 5"""
    got = as_array(pairwise_sq_dists(np.array([[0.0, 0.0]]), np.array([[3.0, 4.0]])), "pairwise_sq_dists", shape=(1, 1))
    if abs(got[0, 0] - 5.0) < 1e-9:
        raise AssertionError("the distance from (0, 0) to (3, 4) came out as 5: that is the plain distance; return its square, 25 (no square root)")
    assert_close(got, [[25.0]], name="pairwise_sq_dists([[0, 0]], [[3, 4]])")


def test_identical_rows_give_zero_and_never_negative():
    """A against itself, rows far from the origin: zero diagonal, no negative entry"""
    A = np.random.default_rng(3).normal(size=(40, 8)) * 3 + 50
    got = as_array(pairwise_sq_dists(A.copy(), A.copy()), "pairwise_sq_dists(A, A)", shape=(40, 40))
    assert_finite(got, "pairwise_sq_dists(A, A)")
    assert_not_negative(got, "pairwise_sq_dists(A, A)", scale(A, A))
    tol = 1e-9 * scale(A, A)
    diag = np.diagonal(got)
    if np.any(np.abs(diag) > np.diagonal(tol)):
        i = int(np.argmax(np.abs(diag)))
        raise AssertionError(f"the distance from a row of A to itself should be ~0, but D[{i}, {i}] = {diag[i]:.6g}")
    assert_close(got, exact(A, A), rtol=1e-9, atol=float(tol.max()), name="pairwise_sq_dists(A, A)")


def test_near_identical_rows_never_negative():
    """B = A + 1e-7 noise: tiny distances, never negative"""
    rng = np.random.default_rng(4)
    A = rng.normal(size=(30, 12)) * 2 + 20
    B = A + 1e-7 * rng.normal(size=A.shape)
    got = as_array(pairwise_sq_dists(A.copy(), B.copy()), "pairwise_sq_dists(A, A + 1e-7 noise)", shape=(30, 30))
    assert_finite(got, "pairwise_sq_dists(A, A + 1e-7 noise)")
    assert_not_negative(got, "pairwise_sq_dists(A, A + 1e-7 noise)", scale(A, B))
    assert_close(got, exact(A, B), rtol=1e-9, atol=float(1e-9 * scale(A, B).max()), name="pairwise_sq_dists(A, A + 1e-7 noise)")


def test_symmetric_for_same_set():
    """D(X, X) is symmetric"""
    X = np.random.default_rng(5).normal(size=(6, 3))
    got = as_array(pairwise_sq_dists(X.copy(), X.copy()), "pairwise_sq_dists(X, X)", shape=(6, 6))
    assert_close(got, got.T, rtol=1e-9, atol=1e-12, name="D(X, X) compared with its transpose")


def test_inputs_unchanged():
    """A and B are left unchanged"""
    A, B = SIZES["n=4, m=6, d=3"]
    a, b = A.copy(), B.copy()
    pairwise_sq_dists(a, b)
    assert np.array_equal(a, A), f"pairwise_sq_dists changed the caller's A; it is now\n{a}"
    assert np.array_equal(b, B), f"pairwise_sq_dists changed the caller's B; it is now\n{b}"


def test_fast_on_2000_by_64():
    """Fast: (2000, 64) against (2000, 64) in under 3 s"""
    rng = np.random.default_rng(6)
    A = rng.normal(size=(2000, 64))
    B = rng.normal(size=(2000, 64))
    start = time.perf_counter()
    got = pairwise_sq_dists(A.copy(), B.copy())
    took = time.perf_counter() - start
    assert took <= TIME_BOUND, (
        f"pairwise_sq_dists took {took:.2f} s on (2000, 64) against (2000, 64), more than the {TIME_BOUND:g} s allowed "
        "(vectorised numpy needs well under a second). A Python loop over pairs of rows is far too slow; "
        "use |a|^2 + |b|^2 - 2 a.b, where every dot product comes from one matrix product A @ B.T."
    )
    got = as_array(got, "pairwise_sq_dists(A, B)", shape=(2000, 2000))
    rows = [0, 17, 1999]
    assert_close(got[rows], exact(A[rows], B), rtol=1e-9, atol=1e-9, name="rows 0, 17 and 1999 of the result")
