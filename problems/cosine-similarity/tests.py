import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import cosine_similarity

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)


def reference(A, B, eps=1e-8):
    """Pair by pair, with plain Python sums."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    out = np.zeros((len(A), len(B)))
    for i, a in enumerate(A):
        for j, b in enumerate(B):
            dot = sum(float(x) * float(y) for x, y in zip(a, b))
            na = math.sqrt(sum(float(x) ** 2 for x in a))
            nb = math.sqrt(sum(float(y) ** 2 for y in b))
            out[i, j] = dot / max(na * nb, eps)
    return out


def run(A, B, **kwargs):
    got = cosine_similarity(A.copy(), B.copy(), **kwargs)
    return as_array(got, "cosine_similarity(A, B)", shape=(len(A), len(B)))


_rng = np.random.default_rng(0)
CASES = {
    "n=4, m=6, d=3": (_rng.normal(size=(4, 3)), _rng.normal(size=(6, 3))),
    "n=5, m=5, d=8, rows of very different lengths": (
        _rng.normal(size=(5, 8)) * np.array([[0.01], [1.0], [50.0], [3.0], [1e3]]),
        _rng.normal(size=(5, 8)) * np.array([[2.0], [1e-2], [1.0], [400.0], [7.0]]),
    ),
    "n=1, m=7, d=2": (_rng.normal(size=(1, 2)), _rng.normal(size=(7, 2))),
    "n=6, m=2, d=1": (_rng.normal(size=(6, 1)), _rng.normal(size=(2, 1))),
}


def test_worked_example():
    """A = [[1, 0], [1, 1]] against B = [[2, 0], [0, 3], [-1, -1]]"""
    A = np.array([[1.0, 0.0], [1.0, 1.0]])
    B = np.array([[2.0, 0.0], [0.0, 3.0], [-1.0, -1.0]])
    r = 1 / math.sqrt(2)
    assert_close(run(A, B), [[1.0, 0.0, -r], [r, r, -1.0]], **TOL, name="cosine_similarity(A, B)")


@pytest.mark.parametrize("case", CASES)
def test_matches_definition(case):
    """Matches a_i . b_j / max(||a_i|| ||b_j||, eps) for every pair ({case})"""
    A, B = CASES[case]
    assert_close(run(A, B), reference(A, B), **TOL, name="cosine_similarity(A, B)")


def test_ignores_lengths():
    """Scaling a row by a positive factor does not change its similarities"""
    A, B = CASES["n=4, m=6, d=3"]
    scaled = A * np.array([[3.0], [0.5], [100.0], [0.02]])
    assert_close(run(scaled, B), reference(A, B), **TOL, name="cosine_similarity(c * A, B)")


def test_range_and_self_similarity():
    """A set against itself: 1 on the diagonal, every entry in [-1, 1]"""
    A = np.random.default_rng(1).normal(size=(6, 4)) * 5
    S = run(A, A)
    assert_close(np.diag(S), np.ones(6), **TOL, name="diagonal of cosine_similarity(A, A)")
    inside = bool(np.all(np.abs(S) <= 1 + 1e-6))
    assert inside, f"cosine similarities lie in [-1, 1], but cosine_similarity(A, A) has an entry {S[np.abs(S).argmax()]:.6g}"


def test_zero_row():
    """A zero row gives 0 against every row (not nan)"""
    A = np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 2.0]])
    B = np.array([[3.0, 0.0, 4.0], [0.0, 0.0, 0.0]])
    assert_close(run(A, B), [[0.0, 0.0], [11 / 15, 0.0]], **TOL, name="cosine_similarity with zero rows")


def test_product_of_norms_is_clamped():
    """Norms 1e-5 and 1e-5: the product 1e-10 is clamped to eps, giving 0.01 * cosine"""
    A = np.array([[1e-5, 0.0], [0.0, 2e-5]])
    B = np.array([[1e-5, 0.0], [-6e-6, 8e-6]])
    # norm products: 1e-10, 1e-10; 2e-10, 2e-10 -> all below 1e-8
    expected = np.array([[1e-10, -6e-11], [0.0, 1.6e-10]]) / 1e-8
    assert_close(run(A, B), expected, rtol=1e-5, atol=1e-9, name="cosine_similarity of vectors of norm ~1e-5")


def test_short_vectors_above_the_clamp():
    """Norms 1e-3 and 2e-3 (product 2e-6 > eps): the exact cosine, not shrunk"""
    rng = np.random.default_rng(2)
    A = rng.normal(size=(3, 4))
    A = A / np.linalg.norm(A, axis=1, keepdims=True) * 1e-3
    B = rng.normal(size=(4, 4))
    B = B / np.linalg.norm(B, axis=1, keepdims=True) * 2e-3
    assert_close(run(A, B), reference(A, B), rtol=1e-5, atol=1e-7, name="cosine_similarity of short vectors")


def test_eps_argument():
    """eps = 0.5 is used: norm products below 0.5 are clamped to 0.5"""
    A = np.array([[0.3, 0.4], [3.0, 4.0]])        # norms 0.5 and 5
    B = np.array([[0.6, 0.8], [0.0, 0.2]])        # norms 1 and 0.2
    # products: 0.5 (not clamped, boundary value exact), 0.1 -> 0.5; 5, 1
    expected = [[0.5 / 0.5, 0.08 / 0.5], [5.0 / 5.0, 0.8 / 1.0]]
    assert_close(run(A, B, eps=0.5), expected, **TOL, name="cosine_similarity(A, B, eps=0.5)")


def test_integer_input():
    """Integer arrays give a float result"""
    A = np.array([[1, 0], [1, 1]])
    B = np.array([[2, 0], [0, 3], [-1, -1]])
    S = cosine_similarity(A, B)
    r = 1 / math.sqrt(2)
    assert_close(S, [[1.0, 0.0, -r], [r, r, -1.0]], **TOL, name="cosine_similarity of int arrays")


def test_empty_sets():
    """n = 0 or m = 0 gives an empty array of shape (n, m)"""
    B = np.ones((3, 2))
    run(np.zeros((0, 2)), B)
    run(B, np.zeros((0, 2)))


def test_mismatched_columns():
    """A and B with different numbers of columns raise ValueError"""
    with pytest.raises(ValueError):
        cosine_similarity(np.ones((2, 3)), np.ones((4, 2)))
    with pytest.raises(ValueError):
        cosine_similarity(np.ones((1, 1)), np.ones((1, 2)))


def test_inputs_unchanged():
    """A and B are left unchanged"""
    A, B = CASES["n=4, m=6, d=3"]
    Ac, Bc = A.copy(), B.copy()
    cosine_similarity(Ac, Bc)
    assert np.array_equal(Ac, A), "cosine_similarity changed the caller's A"
    assert np.array_equal(Bc, B), "cosine_similarity changed the caller's B"


def test_parallel_orthogonal_opposite():
    """Parallel rows give 1, orthogonal rows 0, opposite rows -1"""
    A = np.array([[2.0, 0.0, 0.0], [0.0, -3.0, 0.0], [0.0, 0.0, 0.5]])
    B = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    expected = [[1.0, 0.0], [0.0, -1.0], [0.0, 0.0]]
    assert_close(run(A, B), expected, **TOL, name="cosine_similarity of axis-aligned rows")
