import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import min_p_filter

NEG = -np.inf


def ratios(z):
    """q_j / max q, computed from the probabilities themselves."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    q = e / e.sum(axis=-1, keepdims=True)
    return q / q.max(axis=-1, keepdims=True)


def reference(z, min_p):
    z = np.array(z, dtype=float)
    keep = ratios(z) >= min_p
    return np.where(keep, z, NEG)


def margin(z, min_p):
    """Smallest relative distance from min_p to a ratio of a finite entry (rounding safety)."""
    r = ratios(z)
    r = r[np.isfinite(np.asarray(z)) & (r > 0)]
    return float(np.min(np.abs(r - min_p)) / min_p)


def _at(index):
    return "[" + ", ".join(str(int(i)) for i in index) + "]"


def check(got, expected, name):
    """Kept/filtered mismatches explained first, then exact values of the kept entries."""
    want = np.asarray(expected, dtype=float)
    have = as_array(got, name, shape=want.shape)
    kept_wrongly = ~np.isneginf(have) & np.isneginf(want)
    dropped_wrongly = np.isneginf(have) & ~np.isneginf(want)
    if kept_wrongly.any() or dropped_wrongly.any():
        lines = [f"{name} returned\n{have}\nbut expected\n{want}"]
        if kept_wrongly.any():
            index = tuple(np.argwhere(kept_wrongly)[0])
            lines.append(f"the entry at index {_at(index)} should be filtered out (-inf), but it is {have[index]:g}")
        if dropped_wrongly.any():
            index = tuple(np.argwhere(dropped_wrongly)[0])
            lines.append(f"the entry at index {_at(index)} (logit {want[index]:g}) should be kept, but it is -inf")
        raise AssertionError("\n".join(lines))
    assert_close(have, want, rtol=1e-12, atol=0, name=name)


Z = np.array([2.0, 0.0, 1.0, -1.0])  # ratios 1, 0.1353, 0.3679, 0.0498
_rng = np.random.default_rng(11)
BATCH = _rng.normal(size=(5, 12)) * 2.0
SQUARE = _rng.normal(size=(4, 4)) * 1.5
CUBE = _rng.normal(size=(2, 3, 7)) * 2.0
FLAT = np.log(np.array([1.0, 0.9, 0.8, 0.7, 0.6, 0.55, 0.45, 0.3, 0.2, 0.1]))  # ratios exactly these
for _z, _p in [(Z, 0.2), (Z, 0.1), (BATCH, 0.1), (BATCH, 0.4), (SQUARE, 0.3), (CUBE, 0.25), (FLAT, 0.5), (FLAT, 0.05)]:
    assert margin(_z, _p) > 1e-4, "test data too close to min_p: rounding could decide the answer"


@pytest.mark.parametrize("min_p, expected", [(0.2, [2.0, NEG, 1.0, NEG]), (0.1, [2.0, 0.0, 1.0, NEG])])
def test_worked_example(min_p, expected):
    """Worked example: min_p_filter([2, 0, 1, -1], {min_p})"""
    check(min_p_filter(Z.copy(), min_p), expected, f"min_p_filter([2, 0, 1, -1], {min_p})")


def test_threshold_is_relative_to_the_top_probability():
    """The bar is min_p times the largest probability: a flat row of 10 tokens with min_p 0.5 keeps 5"""
    # probabilities proportional to 1, 0.9, ..., 0.1: the largest is about 0.18, so the bar is about 0.09
    expected = np.where(np.exp(FLAT) >= 0.5, FLAT, NEG)
    check(min_p_filter(FLAT.copy(), 0.5), expected, "min_p_filter(flat row, 0.5)")


@pytest.mark.parametrize("min_p", [0.1, 0.4])
def test_matches_definition_on_a_batch(min_p):
    """A (5, 12) batch with min_p = {min_p} matches q_j >= min_p * max q, row by row"""
    check(min_p_filter(BATCH.copy(), min_p), reference(BATCH, min_p), f"min_p_filter(batch, {min_p})")


def test_square_batch():
    """Each row of a square (4, 4) batch is compared with its own maximum"""
    check(min_p_filter(SQUARE.copy(), 0.3), reference(SQUARE, 0.3), "min_p_filter(square batch, 0.3)")


def test_three_dimensional_input():
    """Works along the last axis of a (2, 3, 7) array"""
    check(min_p_filter(CUBE.copy(), 0.25), reference(CUBE, 0.25), "min_p_filter(cube, 0.25)")


def test_rows_on_different_scales():
    """Rows near +1000 and -1000 in one batch are filtered independently"""
    z = np.array([[1000.0, 999.0, 997.0, 1001.0], [-1000.0, -1001.0, -999.0, -1003.0]])
    # ratios row 0: e^-1, e^-2, e^-4, 1; row 1: e^-1, e^-2, 1, e^-4
    check(min_p_filter(z.copy(), 0.1), [[1000.0, 999.0, NEG, 1001.0], [-1000.0, -1001.0, -999.0, NEG]],
          "min_p_filter(rows near +1000 and -1000, 0.1)")


def test_shift_invariance():
    """Adding a constant to a row keeps the same entries ([2, 0, 1, -1] + 10 with min_p 0.2)"""
    check(min_p_filter(Z + 10.0, 0.2), [12.0, NEG, 11.0, NEG], "min_p_filter([12, 10, 11, 9], 0.2)")


def test_stable_for_large_logits():
    """Stable for logits up to 1e4: [1e4, 9999, 9990, -1e4] with min_p 0.3 keeps 1e4 and 9999"""
    z = np.array([[1e4, 9999.0, 9990.0, -1e4], [-1e4, -9999.5, 0.0, -1e4]])
    check(min_p_filter(z.copy(), 0.3), [[1e4, 9999.0, NEG, NEG], [NEG, NEG, 0.0, NEG]], "min_p_filter(z, 0.3)")


def test_min_p_one_keeps_the_maxima():
    """min_p = 1 keeps exactly the entries equal to the row maximum, ties included"""
    z = np.array([[3.0, 1.0, 3.0, 3.0 - 1e-5], [1e4, 9999.0, 9990.0, 1e4], [-2.0, -2.0, -2.0, -2.0]])
    expected = [[3.0, NEG, 3.0, NEG], [1e4, NEG, NEG, 1e4], [-2.0, -2.0, -2.0, -2.0]]
    check(min_p_filter(z.copy(), 1.0), expected, "min_p_filter(z, 1.0)")


def test_min_p_zero_keeps_everything():
    """min_p = 0 keeps every entry, even probabilities that underflow to 0, and returns a new array"""
    z = np.array([[0.0, -1e4, 5.0, -800.0], [1e4, -1e4, 0.0, 9999.0]])
    got = min_p_filter(z, 0.0)
    check(got, z.copy(), "min_p_filter(z, 0.0)")
    assert not np.shares_memory(got, z), "min_p_filter(z, 0.0) returned the input array itself (or a view of it); the statement asks for a new array"


def test_entries_already_minus_inf():
    """Logits already -inf (from an earlier filter) stay -inf"""
    z = np.array([[2.0, NEG, 1.0, NEG, 0.0], [NEG, 5.0, NEG, NEG, NEG]])
    check(min_p_filter(z.copy(), 0.3), [[2.0, NEG, 1.0, NEG, NEG], [NEG, 5.0, NEG, NEG, NEG]], "min_p_filter(z, 0.3)")
    check(min_p_filter(z.copy(), 0.0), z, "min_p_filter(z, 0.0)")


@pytest.mark.parametrize("min_p", [-0.1, 1.5, 2.0])
def test_invalid_min_p_raises(min_p):
    """min_p = {min_p} raises ValueError"""
    with pytest.raises(ValueError):
        min_p_filter(Z.copy(), min_p)


def test_does_not_modify_input():
    """Leaves the caller's logits unchanged"""
    z = BATCH.copy()
    min_p_filter(z, 0.4)
    assert np.array_equal(z, BATCH), f"min_p_filter changed the caller's logits; they are now\n{z}"
