import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import top_k_accuracy

TOL = dict(rtol=1e-9, atol=0)

LOGITS = np.array([[0.1, 0.5, 0.4], [2.0, 1.0, 3.0], [0.3, 0.3, 0.3]])
TARGETS = np.array([2, 1, 0])


def loop_reference(logits, targets, k):
    hits = 0
    for row, t in zip(logits.tolist(), targets.tolist()):
        greater = sum(1 for v in row if v > row[t])
        hits += greater < k
    return hits / len(targets)


def acc(logits, targets, k, name=None):
    got = top_k_accuracy(logits.copy(), targets.copy(), k)
    return as_scalar(got, name or f"top_k_accuracy(logits, targets, {k})")


_rng = np.random.default_rng(0)
RANDOM = {
    "50 x 10 continuous": (_rng.normal(size=(50, 10)), _rng.integers(0, 10, 50)),
    "200 x 6 integer scores 0..3 (many ties)": (_rng.integers(0, 4, (200, 6)).astype(float), _rng.integers(0, 6, 200)),
    "100 x 20 rounded, scale 1e4": (np.round(_rng.normal(size=(100, 20)), 1) * 1e4, _rng.integers(0, 20, 100)),
}


def test_worked_example_k1():
    """The worked example with k = 1 gives 1/3"""
    assert_close(acc(LOGITS, TARGETS, 1), 1 / 3, **TOL, name="top_k_accuracy(worked example, k=1)")


def test_worked_example_k2():
    """The worked example with k = 2 gives 2/3"""
    assert_close(acc(LOGITS, TARGETS, 2), 2 / 3, **TOL, name="top_k_accuracy(worked example, k=2)")


def test_tie_at_cutoff_is_a_hit():
    """A target tied with a higher-index class at the k-th place counts as a hit: [[1, 5, 5]], target 1, k = 1"""
    assert_close(acc(np.array([[1.0, 5.0, 5.0]]), np.array([1]), 1), 1.0, **TOL,
                 name="top_k_accuracy([[1, 5, 5]], [1], 1)")
    assert_close(acc(np.array([[1.0, 5.0, 5.0]]), np.array([2]), 1), 1.0, **TOL,
                 name="top_k_accuracy([[1, 5, 5]], [2], 1)")


def test_ties_among_larger_scores():
    """Tied scores above the target all count: [[4, 4, 4, 1, 0]], target 3 is a miss for k = 3 and a hit for k = 4"""
    row = np.array([[4.0, 4.0, 4.0, 1.0, 0.0]])
    assert_close(acc(row, np.array([3]), 3), 0.0, **TOL, name="top_k_accuracy([[4, 4, 4, 1, 0]], [3], 3)")
    assert_close(acc(row, np.array([3]), 4), 1.0, **TOL, name="top_k_accuracy([[4, 4, 4, 1, 0]], [3], 4)")


def test_all_tied_rows():
    """Rows whose scores are all equal are hits for k = 1"""
    assert_close(acc(np.full((4, 5), 2.5), np.array([0, 4, 2, 3]), 1), 1.0, **TOL, name="top_k_accuracy(all equal, k=1)")


@pytest.mark.parametrize("k", [3, 4, 10])
def test_k_at_least_num_classes(k):
    """k = {k} >= C = 3 gives 1.0"""
    logits = np.array([[3.0, 2.0, 1.0], [0.0, -1.0, -2.0]])
    assert_close(acc(logits, np.array([2, 2]), k), 1.0, **TOL, name=f"top_k_accuracy(logits, [2, 2], {k})")


def test_k1_is_accuracy_without_ties():
    """With no ties, k = 1 is the accuracy of the argmax"""
    logits, targets = RANDOM["50 x 10 continuous"]
    want = float(np.mean(np.argmax(logits, axis=1) == targets))
    assert_close(acc(logits, targets, 1), want, **TOL, name="top_k_accuracy(logits, targets, 1)")


@pytest.mark.parametrize("case", RANDOM)
@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_matches_definition(case, k):
    """k = {k}: matches counting strictly greater scores row by row ({case})"""
    logits, targets = RANDOM[case]
    assert_close(acc(logits, targets, k), loop_reference(logits, targets, k), **TOL,
                 name=f"top_k_accuracy(logits, targets, {k})")


def test_large_and_float32_logits():
    """Float32 logits of magnitude 1e4 are compared exactly"""
    logits = np.array([[1e4, -1e4, 9999.0], [-1e4, -9999.0, -1e4]], dtype=np.float32)
    targets = np.array([2, 0])
    assert_close(acc(logits, targets, 1), 0.0, **TOL, name="top_k_accuracy(float32 logits, k=1)")
    assert_close(acc(logits, targets, 2), 1.0, **TOL, name="top_k_accuracy(float32 logits, k=2)")


def test_single_class():
    """A single class (C = 1): every row is a hit"""
    assert_close(acc(np.array([[0.3], [-2.0]]), np.array([0, 0]), 1), 1.0, **TOL, name="top_k_accuracy with C = 1")


@pytest.mark.parametrize("kind", ["int32", "int64"])
def test_target_types(kind):
    """Accepts {kind} targets"""
    logits, targets = RANDOM["200 x 6 integer scores 0..3 (many ties)"]
    assert_close(acc(logits, targets.astype(kind), 2), loop_reference(logits, targets, 2), **TOL,
                 name=f"top_k_accuracy with {kind} targets")


@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one(k):
    """k = {k} raises ValueError"""
    with pytest.raises(ValueError):
        top_k_accuracy(LOGITS.copy(), TARGETS.copy(), k)


def test_no_rows():
    """No rows (N = 0) raises ValueError"""
    with pytest.raises(ValueError):
        top_k_accuracy(np.zeros((0, 4)), np.array([], dtype=np.int64), 1)


def test_length_mismatch():
    """targets with a different number of entries than logits has rows raises ValueError"""
    with pytest.raises(ValueError):
        top_k_accuracy(LOGITS.copy(), np.array([0, 1]), 1)
    with pytest.raises(ValueError):
        top_k_accuracy(LOGITS.copy(), np.array([0, 1, 2, 0]), 2)


@pytest.mark.parametrize("bad", [3, -1])
def test_target_out_of_range(bad):
    """A target of {bad} with C = 3 classes raises ValueError"""
    with pytest.raises(ValueError):
        top_k_accuracy(LOGITS.copy(), np.array([0, bad, 1]), 2)


def test_does_not_modify_inputs():
    """Leaves logits and targets unchanged"""
    logits, targets = LOGITS.copy(), TARGETS.copy()
    top_k_accuracy(logits, targets, 2)
    assert np.array_equal(logits, LOGITS), f"top_k_accuracy changed the caller's logits; they are now\n{logits}"
    assert np.array_equal(targets, TARGETS), f"top_k_accuracy changed the caller's targets; they are now {targets}"
