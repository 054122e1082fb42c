import time

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import roc_auc

TOL = dict(rtol=1e-6, atol=1e-12)
TIME_BOUND = 3.0  # seconds for 10^5 scores; sorting needs a few milliseconds


def pairwise_reference(y_true, scores):
    """The definition, pair by pair (small inputs only)."""
    pos = [s for s, y in zip(scores.tolist(), y_true.tolist()) if y == 1]
    neg = [s for s, y in zip(scores.tolist(), y_true.tolist()) if y == 0]
    total = 0.0
    for a in pos:
        for b in neg:
            total += 1.0 if a > b else 0.5 if a == b else 0.0
    return total / (len(pos) * len(neg))


def rank_reference(y_true, scores):
    """Mann-Whitney U with tied scores sharing their average (1-based) rank."""
    values, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    first = np.cumsum(counts) - counts  # 0-based position where each tie group starts
    avg_rank = first + (counts + 1) / 2.0
    ranks = avg_rank[inverse.reshape(-1)]
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    return (ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)


def auc(y_true, scores, name="roc_auc(y_true, scores)"):
    return as_scalar(roc_auc(y_true.copy(), scores.copy()), name)


_rng = np.random.default_rng(0)
RANDOM = {
    "10 continuous scores": (np.array([0, 1, 1, 0, 1, 0, 0, 1, 1, 0]), _rng.normal(size=10)),
    "60 scores, positives shifted up": None,
    "200 integer scores 0..9 (many ties)": None,
    "150 scores, 10% positives, rounded to 1 decimal": None,
}
_y = _rng.integers(0, 2, 60)
RANDOM["60 scores, positives shifted up"] = (_y, _rng.normal(size=60) + _y)
_y = _rng.integers(0, 2, 200)
RANDOM["200 integer scores 0..9 (many ties)"] = (_y, np.minimum(_rng.integers(0, 8, 200) + 2 * _y, 9))
_y = (_rng.random(150) < 0.1).astype(np.int64)
_y[:2] = [0, 1]
RANDOM["150 scores, 10% positives, rounded to 1 decimal"] = (_y, np.round(_rng.normal(size=150) + 0.7 * _y, 1))


def test_worked_example():
    """The worked example: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] give 0.75"""
    assert_close(auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8])), 0.75, **TOL,
                 name="roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])")


def test_worked_example_with_tie():
    """A tie counts 1/2: labels [0, 1, 0, 1], scores [0.5, 0.5, 0.2, 0.9] give 0.875"""
    assert_close(auc(np.array([0, 1, 0, 1]), np.array([0.5, 0.5, 0.2, 0.9])), 0.875, **TOL,
                 name="roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])")


def test_all_scores_equal():
    """All scores equal gives 0.5 (every pair is a tie)"""
    assert_close(auc(np.array([1, 0, 0, 1, 0]), np.full(5, 0.3)), 0.5, **TOL, name="roc_auc with all scores 0.3")


def test_perfect_and_reversed():
    """A perfect ranking gives 1.0, a reversed one 0.0"""
    y = np.array([0, 1, 0, 1, 1, 0])
    s = np.array([-2.0, 3.0, 0.5, 1.0, 7.0, -0.1])
    assert_close(auc(y, s), 1.0, **TOL, name="roc_auc of a perfect ranking")
    assert_close(auc(y, -s), 0.0, **TOL, name="roc_auc of a reversed ranking")


def test_single_positive():
    """One positive among four negatives: it beats 2, ties 1, loses 1, so 2.5 / 4"""
    y = np.array([0, 0, 1, 0, 0])
    s = np.array([1.0, 5.0, 3.0, 3.0, -1.0])
    assert_close(auc(y, s), 0.625, **TOL, name="roc_auc([0, 0, 1, 0, 0], [1, 5, 3, 3, -1])")


@pytest.mark.parametrize("case", RANDOM)
def test_matches_pairwise_definition(case):
    """Matches the pairwise definition ({case})"""
    y, s = RANDOM[case]
    assert_close(auc(y, s), pairwise_reference(y, s), **TOL, name="roc_auc(y_true, scores)")


def test_only_order_matters():
    """A strictly increasing transform of the scores (exp(3 s) + 10) leaves the AUC unchanged"""
    y, s = RANDOM["60 scores, positives shifted up"]
    assert_close(auc(y, np.exp(3 * s) + 10), pairwise_reference(y, s), **TOL, name="roc_auc(y_true, exp(3 s) + 10)")


@pytest.mark.parametrize("kind", ["int32", "int64"])
def test_label_and_score_types(kind):
    """Accepts {kind} labels with integer or float scores"""
    y, s = RANDOM["200 integer scores 0..9 (many ties)"]
    want = pairwise_reference(y, s)
    assert_close(auc(y.astype(kind), s.astype(kind)), want, **TOL, name=f"roc_auc with {kind} labels and {kind} scores")
    assert_close(auc(y.astype(kind), s.astype(float)), want, **TOL, name=f"roc_auc with {kind} labels and float scores")


@pytest.mark.parametrize("label", [0, 1])
def test_one_class_raises(label):
    """Only label {label} present raises ValueError"""
    with pytest.raises(ValueError):
        roc_auc(np.full(4, label), np.array([0.1, 0.2, 0.3, 0.4]))


def test_empty_raises():
    """Empty input (no class at all) raises ValueError"""
    with pytest.raises(ValueError):
        roc_auc(np.array([], dtype=np.int64), np.array([], dtype=float))


def test_length_mismatch():
    """y_true and scores of different lengths raise ValueError"""
    with pytest.raises(ValueError):
        roc_auc(np.array([0, 1, 0, 1]), np.array([0.1, 0.2, 0.3]))
    with pytest.raises(ValueError):
        roc_auc(np.array([0, 1, 0]), np.array([0.1, 0.2, 0.3, 0.4]))


def test_fast_on_100000_scores():
    """Fast and correct on 10^5 scores with many ties (50,000 of each class) within a few seconds"""
    rng = np.random.default_rng(7)
    y = np.zeros(100_000, dtype=np.int64)
    y[rng.permutation(100_000)[:50_000]] = 1
    s = np.round(rng.normal(size=100_000) + 0.5 * y, 2)
    start = time.perf_counter()
    got = roc_auc(y.copy(), s.copy())
    took = time.perf_counter() - start
    assert took <= TIME_BOUND, (
        f"roc_auc took {took:.2f} s on 10^5 scores, more than the {TIME_BOUND:g} s allowed "
        "(an O(n log n) method needs a small fraction of a second)"
    )
    assert_close(as_scalar(got, "roc_auc on 10^5 scores"), rank_reference(y, s), rtol=1e-6, atol=0,
                 name="roc_auc on 10^5 scores")


def test_does_not_modify_inputs():
    """Leaves y_true and scores unchanged"""
    y0, s0 = RANDOM["60 scores, positives shifted up"]
    y, s = y0.copy(), s0.copy()
    roc_auc(y, s)
    assert np.array_equal(y, y0), "roc_auc changed the caller's y_true"
    assert np.array_equal(s, s0), "roc_auc changed the caller's scores"


def test_order_of_examples_does_not_matter():
    """Shuffling the examples (ties included) leaves the AUC unchanged"""
    y, s = RANDOM["200 integer scores 0..9 (many ties)"]
    first = auc(y, s)
    for seed in (1, 2):
        perm = np.random.default_rng(seed).permutation(len(y))
        assert_close(auc(y[perm], s[perm]), first, **TOL, name=f"roc_auc of the shuffled examples (permutation {seed})")
    order = np.lexsort((y, s))  # within each tie group: negatives first
    assert_close(auc(y[order], s[order]), first, **TOL, name="roc_auc with negatives listed first in each tie group")
    order = np.lexsort((-y, s))  # within each tie group: positives first
    assert_close(auc(y[order], s[order]), first, **TOL, name="roc_auc with positives listed first in each tie group")


def test_tie_is_not_a_loss():
    """A positive tied with a negative is not a loss: labels [1, 0], scores [2, 2] give more than 0"""
    got = auc(np.array([1, 0]), np.array([2.0, 2.0]))
    assert got > 0.25, f"roc_auc([1, 0], [2, 2]) returned {got:.6g}; with one tied pair the AUC should be 0.5"


def test_tie_is_not_a_win():
    """A positive tied with a negative is not a win: labels [1, 0], scores [2, 2] give less than 1"""
    got = auc(np.array([1, 0]), np.array([2.0, 2.0]))
    assert got < 0.75, f"roc_auc([1, 0], [2, 2]) returned {got:.6g}; with one tied pair the AUC should be 0.5"
