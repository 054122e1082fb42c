import math

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import triplet_loss

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)

ANCHOR = np.array([[0.0, 0.0], [1.0, 1.0]])
POSITIVE = np.array([[3.0, 4.0], [1.0, 2.0]])
NEGATIVE = np.array([[0.0, 1.0], [4.0, 5.0]])


def reference(a, p, n, margin=1.0):
    """Triplet loss with Python loops and math.sqrt."""
    total = 0.0
    for ai, pi, ni in zip(np.asarray(a, dtype=float), np.asarray(p, dtype=float), np.asarray(n, dtype=float)):
        d_pos = math.sqrt(sum((x - y) ** 2 for x, y in zip(ai, pi)))
        d_neg = math.sqrt(sum((x - y) ** 2 for x, y in zip(ai, ni)))
        total += max(0.0, d_pos - d_neg + margin)
    return total / len(a)


def call(a, p, n, **kwargs):
    return as_scalar(triplet_loss(a, p, n, **kwargs), "triplet_loss(...)")


def triplets(n, d, seed, spread=1.0):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(n, d))
    return a, a + 0.6 * rng.normal(size=(n, d)), a + spread * rng.normal(size=(n, d))


BATCHES = {
    "N=1, D=3": triplets(1, 3, 1),
    "N=4, D=3": triplets(4, 3, 2),
    "N=5, D=5 (square)": triplets(5, 5, 3),
    "N=16, D=8": triplets(16, 8, 4, spread=1.3),
    "N=6, D=1": triplets(6, 1, 5),
}


def test_worked_example():
    """Worked example: triplet losses 5 and 0, mean 2.5"""
    assert_close(call(ANCHOR.copy(), POSITIVE.copy(), NEGATIVE.copy()), 2.5, **TOL, name="triplet_loss(worked example)")


def test_worked_example_margin_zero():
    """Worked example with margin 0: (max(0, 4) + max(0, -4)) / 2 = 2"""
    got = call(ANCHOR.copy(), POSITIVE.copy(), NEGATIVE.copy(), margin=0.0)
    assert_close(got, 2.0, **TOL, name="triplet_loss(worked example, margin=0)")


@pytest.mark.parametrize("batch", BATCHES)
def test_matches_definition(batch):
    """Matches the mean of max(0, ||a - p|| - ||a - n|| + 1) ({batch})"""
    a, p, n = BATCHES[batch]
    assert_close(call(a.copy(), p.copy(), n.copy()), reference(a, p, n), **TOL, name="triplet_loss(a, p, n)")


@pytest.mark.parametrize("margin", [0.0, 0.2, 5.0])
def test_margin_argument(margin):
    """The margin argument is used (margin = {margin})"""
    a, p, n = BATCHES["N=16, D=8"]
    assert_close(call(a.copy(), p.copy(), n.copy(), margin=margin), reference(a, p, n, margin), **TOL,
                 name=f"triplet_loss(..., margin={margin})")


def test_distances_not_squared():
    """Distances are Euclidean, not squared: ||a - p|| = 2, ||a - n|| = 2.5 give 2 - 2.5 + 1 = 0.5"""
    got = call(np.zeros((1, 2)), np.array([[0.0, 2.0]]), np.array([[1.5, 2.0]]))
    assert_close(got, 0.5, **TOL, name="triplet_loss([[0, 0]], [[0, 2]], [[1.5, 2]])")


def test_satisfied_triplets_cost_nothing():
    """Triplets whose negative is farther than the positive by more than the margin cost 0"""
    a = np.zeros((3, 2))
    p = np.array([[1.0, 0.0], [0.0, -0.5], [0.3, 0.4]])
    n = np.array([[3.0, 0.0], [0.0, 4.0], [-6.0, 8.0]])
    assert_close(call(a, p, n), 0.0, rtol=0, atol=1e-12, name="triplet_loss of satisfied triplets")


def test_hinge_per_triplet():
    """The hinge clips each triplet before the mean: one triplet at 3 and one at -3 give 1.5, not 0"""
    a = np.zeros((2, 1))
    p = np.array([[4.0], [1.0]])
    n = np.array([[2.0], [5.0]])  # triplet 0: 4 - 2 + 1 = 3; triplet 1: 1 - 5 + 1 = -3
    assert_close(call(a, p, n), 1.5, **TOL, name="triplet_loss")


def test_anchor_equal_to_positive():
    """An anchor equal to its positive has distance 0: loss max(0, 0 - ||a - n|| + margin)"""
    a = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    n = np.array([[1.0, 2.0, 3.5], [0.0, 0.3, 0.4]])
    assert_close(call(a.copy(), a.copy(), n), (0.5 + 0.5) / 2, **TOL, name="triplet_loss(a, a, n)")


def test_positive_and_negative_roles():
    """The positive's distance adds and the negative's subtracts: swapping them changes the loss"""
    a, p, n = BATCHES["N=4, D=3"]
    assert_close(call(a.copy(), n.copy(), p.copy()), reference(a, n, p), **TOL, name="triplet_loss(a, n, p)")


def test_mean_over_rows():
    """The loss is a mean over triplets: a triplet repeated 5 times has that triplet's loss"""
    a, p, n = (np.repeat(x, 5, axis=0) for x in BATCHES["N=1, D=3"])
    assert_close(call(a, p, n), reference(*BATCHES["N=1, D=3"]), **TOL, name="triplet_loss of 5 copies of one triplet")


def test_inputs_unchanged():
    """Leaves anchor, positive and negative unchanged"""
    a, p, n = BATCHES["N=4, D=3"]
    a0, p0, n0 = a.copy(), p.copy(), n.copy()
    triplet_loss(a0, p0, n0)
    for name, now, before in (("anchor", a0, a), ("positive", p0, p), ("negative", n0, n)):
        assert np.array_equal(now, before), f"triplet_loss changed {name}: it was\n{before}\nand is now\n{now}"


MISMATCHED = {
    "positive with 3 rows": ((4, 2), (3, 2), (4, 2)),
    "negative with 3 columns": ((4, 2), (4, 2), (4, 3)),
    "anchor with 5 rows": ((5, 2), (4, 2), (4, 2)),
    "positive with 1 row": ((4, 2), (1, 2), (4, 2)),
    "negative with 1 column": ((4, 2), (4, 2), (4, 1)),
}


@pytest.mark.parametrize("case", MISMATCHED)
def test_mismatched_shapes(case):
    """Inputs of different shapes raise ValueError ({case})"""
    sa, sp, sn = MISMATCHED[case]
    with pytest.raises(ValueError):
        triplet_loss(np.ones(sa), np.ones(sp), np.ones(sn))
