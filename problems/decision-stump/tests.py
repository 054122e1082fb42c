from collections import Counter
from fractions import Fraction

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import best_split


def gini(labels):
    n = len(labels)
    return 1 - sum((c / n) ** 2 for c in Counter(labels).values())


def brute_force(X, y):
    """Every midpoint of every feature, each split's gain counted from scratch; first best within 1e-12."""
    X = np.asarray(X, dtype=float)
    y = [int(v) for v in y]
    n, d = X.shape
    parent = gini(y)
    best, best_gain = (None, None, 0.0), None
    for j in range(d):
        col = [float(v) for v in X[:, j]]
        values = sorted(set(col))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            left = [y[i] for i in range(n) if col[i] <= t]
            right = [y[i] for i in range(n) if col[i] > t]
            gain = parent - (len(left) * gini(left) + len(right) * gini(right)) / n
            if best_gain is None or gain > best_gain + 1e-12:
                best, best_gain = (j, t, gain), gain
    return best


def split_gain(X, y, feature, threshold):
    """The gain of a given split, in exact rational arithmetic."""
    col = np.asarray(X, dtype=float)[:, feature]
    y = [int(v) for v in y]

    def g(labels):
        return 1 - sum(Fraction(c, len(labels)) ** 2 for c in Counter(labels).values())

    left = [y[i] for i in range(len(y)) if col[i] <= threshold]
    right = [y[i] for i in range(len(y)) if col[i] > threshold]
    return float(g(y) - Fraction(len(left), len(y)) * g(left) - Fraction(len(right), len(y)) * g(right))


def run(X, y):
    result = best_split(np.array(X, copy=True), np.array(y, copy=True))
    if not isinstance(result, (tuple, list)) or len(result) != 3:
        raise AssertionError(f"best_split should return the triple (feature, threshold, gain), got {result!r}")
    feature, threshold, gain = result
    gain = as_scalar(gain, "gain")
    if feature is None or threshold is None:
        return feature, threshold, gain
    if isinstance(feature, bool) or not isinstance(feature, (int, np.integer)):
        raise AssertionError(f"feature should be an int column index, got {type(feature).__name__} {feature!r}")
    return int(feature), as_scalar(threshold, "threshold"), gain


def check(got, expected, what):
    f, t, g = got
    ef, et, eg = expected
    if f != ef:
        raise AssertionError(f"{what}: expected feature {ef} (threshold {et}, gain {eg:.6g}), got feature {f} (threshold {t}, gain {g:.6g})")
    if et is None:
        if t is not None:
            raise AssertionError(f"{what}: expected threshold None, got {t}")
    else:
        assert_close(t, et, rtol=1e-9, atol=1e-12, name=f"{what}: threshold")
    assert_close(g, eg, rtol=1e-9, atol=1e-12, name=f"{what}: gain")


_rng = np.random.default_rng(0)
CASES = {
    "n=12, d=3, two classes": (_rng.normal(size=(12, 3)), _rng.integers(0, 2, size=12)),
    "n=20, d=4, labels [-3, 5, 8], repeated integer values": (
        _rng.integers(0, 5, size=(20, 4)).astype(float), _rng.choice([-3, 5, 8], size=20)),
    "n=30, d=2, four classes, informative feature 1": (
        np.stack([_rng.normal(size=30), np.repeat(np.arange(4.0), [7, 8, 7, 8]) + _rng.normal(size=30) * 0.3], axis=1),
        np.repeat(np.arange(4), [7, 8, 7, 8])),
    "n=9, d=5, integer X": (_rng.integers(-10, 10, size=(9, 5)), _rng.integers(0, 3, size=9)),
}


def test_worked_example():
    """x = [1, 2, 3, 4], y = [0, 0, 1, 1] gives (0, 2.5, 0.5)"""
    check(run([[1.0], [2.0], [3.0], [4.0]], [0, 0, 1, 1]), (0, 2.5, 0.5), "best_split")


def test_better_later_feature():
    """A later feature wins when its gain is larger: (1, 4.0, 0.5)"""
    X = [[2.0, 7.0], [1.0, 3.0], [4.0, 5.0], [3.0, 1.0]]
    check(run(X, [1, 0, 1, 0]), (1, 4.0, 0.5), "best_split")


@pytest.mark.parametrize("case", CASES)
def test_matches_brute_force(case):
    """Matches trying every midpoint of every feature ({case})"""
    X, y = CASES[case]
    check(run(X, y), brute_force(X, y), "best_split")


def test_gain_is_the_gini_decrease():
    """The returned gain is exactly the Gini decrease of the returned split"""
    X, y = CASES["n=12, d=3, two classes"]
    f, t, g = run(X, y)
    assert_close(g, split_gain(X, y, f, t), rtol=1e-9, atol=1e-12, name=f"gain of the returned split (feature {f}, threshold {t})")


def test_threshold_is_midpoint_of_distinct_values():
    """Thresholds are midpoints between distinct values: x = [1, 1, 3, 6] gives 2.0, not 1 or 3"""
    check(run([[1.0], [1.0], [3.0], [6.0]], [0, 0, 1, 1]), (0, 2.0, 0.5), "best_split")
    check(run([[6.0], [1.0], [3.0], [1.0]], [1, 0, 0, 0]), (0, 4.5, 0.375), "best_split with unsorted rows")


def test_no_split_between_equal_values():
    """Equal values never go to different sides: x = [1, 1, 2, 2], y = [0, 1, 1, 1]"""
    # the only candidate is 1.5: left {0, 1}, right {1, 1}
    check(run([[1.0], [1.0], [2.0], [2.0]], [0, 1, 1, 1]), (0, 1.5, 0.375 - 0.25), "best_split")


def test_tie_to_lower_threshold():
    """Equal gains on one feature: the lower threshold, x = [1, 2, 3], y = [0, 1, 0] gives (0, 1.5, 1/9)"""
    check(run([[1.0], [2.0], [3.0]], [0, 1, 0]), (0, 1.5, 1 / 9), "best_split")


def test_tie_to_lower_feature():
    """Equal gains on two features: the lower feature index, even with a higher threshold"""
    X = [[10.0, 0.0, 5.0], [20.0, 1.0, 6.0], [30.0, 2.0, 7.0], [40.0, 3.0, 8.0]]
    y = [0, 0, 1, 1]
    check(run(X, y), (0, 25.0, 0.5), "best_split with three equally good features")
    X2 = [[0.0, 1.0, 1.0], [0.0, 2.0, 2.0], [0.0, 3.0, 3.0], [0.0, 4.0, 4.0]]
    check(run(X2, y), (1, 2.5, 0.5), "best_split with a constant feature 0 and identical features 1 and 2")


def test_gains_equal_up_to_rounding_tie():
    """Gains that differ only by rounding (1e-16) are ties: the lower feature wins"""
    y = [0, 1, 2, 2, 2, 2, 2, 0, 2, 0]
    X = [[0.0, 2.0], [1.0, 6.0], [9.0, 5.0], [2.0, 0.0], [4.0, 9.0], [7.0, 7.0], [8.0, 3.0], [3.0, 4.0], [5.0, 8.0], [6.0, 1.0]]
    # feature 0 at 1.5 and feature 1 at 4.5 have exactly the same gain as fractions; in float64 the second rounds 1.1e-16 higher
    exact = split_gain(X, y, 0, 1.5)
    assert exact == split_gain(X, y, 1, 4.5)
    check(run(X, y), (0, 1.5, exact), "best_split")


def test_nothing_to_split():
    """No feature with two distinct values gives (None, None, 0.0)"""
    for X, y in (([[5.0, 1.0], [5.0, 1.0]], [0, 1]), ([[3.0, -2.0, 7.0]], [4]), ([[2.0], [2.0], [2.0]], [1, 1, 0])):
        f, t, g = run(X, y)
        if f is not None or t is not None or g != 0.0:
            raise AssertionError(f"best_split({X}, {y}) should be (None, None, 0.0): no feature has two distinct values; got ({f}, {t}, {g})")


def test_zero_gain_split_is_returned():
    """A split is returned even when its gain is 0: pure labels, or x = [1, 1, 2, 2] with y = [0, 1, 0, 1]"""
    check(run([[3.0], [1.0], [2.0]], [7, 7, 7]), (0, 1.5, 0.0), "best_split with a single label")
    check(run([[1.0], [1.0], [2.0], [2.0]], [0, 1, 0, 1]), (0, 1.5, 0.0), "best_split")


def test_constant_feature_skipped():
    """A constant feature offers no split: the next feature's best is returned"""
    X = [[4.0, 3.0], [4.0, 1.0], [4.0, 2.0], [4.0, 5.0]]
    check(run(X, [1, 0, 0, 1]), (1, 2.5, 0.5), "best_split")


def test_mismatched_lengths():
    """X with 4 rows and y with 3 labels raise ValueError"""
    with pytest.raises(ValueError):
        best_split(np.arange(8.0).reshape(4, 2), np.array([0, 1, 0]))


def test_inputs_unchanged():
    """X and y are left unchanged (sort copies, not the caller's columns)"""
    X, y = CASES["n=12, d=3, two classes"]
    Xc, yc = X.copy(), y.copy()
    best_split(Xc, yc)
    assert np.array_equal(Xc, X), "best_split changed the caller's X"
    assert np.array_equal(yc, y), "best_split changed the caller's y"
