import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import confusion_matrix

Y_TRUE = np.array([0, 0, 1, 2, 2, 2])
Y_PRED = np.array([0, 1, 1, 2, 0, 2])
EXPECTED = [[1, 1, 0], [0, 1, 0], [1, 0, 2]]


def loop_reference(y_true, y_pred, k):
    out = np.zeros((k, k), dtype=np.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        out[t, p] += 1
    return out


def counts(y_true, y_pred, k, name="confusion_matrix(y_true, y_pred, num_classes)"):
    got = confusion_matrix(y_true.copy(), y_pred.copy(), k)
    return as_array(got, name, shape=(k, k))


_rng = np.random.default_rng(0)
RANDOM = {
    "20 labels, 3 classes": (_rng.integers(0, 3, 20), _rng.integers(0, 3, 20), 3),
    "200 labels, 7 classes": (_rng.integers(0, 7, 200), _rng.integers(0, 7, 200), 7),
    "1000 labels, 10 classes, mostly right": None,
}
_t = _rng.integers(0, 10, 1000)
_p = np.where(_rng.random(1000) < 0.8, _t, _rng.integers(0, 10, 1000))
RANDOM["1000 labels, 10 classes, mostly right"] = (_t, _p, 10)


def test_worked_example():
    """The worked example: 6 labels, 3 classes gives [[1, 1, 0], [0, 1, 0], [1, 0, 2]]"""
    assert_close(counts(Y_TRUE, Y_PRED, 3), EXPECTED, rtol=0, atol=0, name="confusion_matrix(y_true, y_pred, 3)")


def test_rows_are_true_classes():
    """Rows are the true class, columns the predicted class: true 1 predicted as 0 is C[1, 0]"""
    got = counts(np.array([1, 1, 1, 2]), np.array([0, 0, 0, 0]), 3)
    assert_close(got, [[0, 0, 0], [3, 0, 0], [1, 0, 0]], rtol=0, atol=0,
                 name="confusion_matrix([1, 1, 1, 2], [0, 0, 0, 0], 3)")


def test_repeated_pairs_all_count():
    """A pair that occurs 5 times counts 5 (every example adds 1)"""
    got = counts(np.array([2, 2, 2, 2, 2, 0]), np.array([1, 1, 1, 1, 1, 0]), 3)
    assert_close(got, [[1, 0, 0], [0, 0, 0], [0, 5, 0]], rtol=0, atol=0,
                 name="confusion_matrix([2, 2, 2, 2, 2, 0], [1, 1, 1, 1, 1, 0], 3)")


@pytest.mark.parametrize("case", RANDOM)
def test_matches_loop(case):
    """Matches counting pair by pair ({case})"""
    y_true, y_pred, k = RANDOM[case]
    assert_close(counts(y_true, y_pred, k), loop_reference(y_true, y_pred, k), rtol=0, atol=0,
                 name="confusion_matrix(y_true, y_pred, num_classes)")


def test_shape_from_num_classes():
    """The shape is (num_classes, num_classes) even when the last classes never occur"""
    got = counts(np.array([1, 1]), np.array([0, 0]), 4)
    expected = np.zeros((4, 4))
    expected[1, 0] = 2
    assert_close(got, expected, rtol=0, atol=0, name="confusion_matrix([1, 1], [0, 0], 4)")


def test_single_class():
    """num_classes = 1: every example is in the one cell"""
    assert_close(counts(np.zeros(4, dtype=int), np.zeros(4, dtype=int), 1), [[4]], rtol=0, atol=0,
                 name="confusion_matrix(zeros(4), zeros(4), 1)")


def test_empty_inputs():
    """No examples (N = 0) gives a (K, K) matrix of zeros"""
    empty = np.array([], dtype=np.int64)
    assert_close(counts(empty, empty, 3), np.zeros((3, 3)), rtol=0, atol=0, name="confusion_matrix([], [], 3)")


def test_integer_dtype():
    """The counts are returned as an integer numpy array"""
    got = confusion_matrix(Y_TRUE.copy(), Y_PRED.copy(), 3)
    kind = getattr(getattr(got, "dtype", None), "kind", None)
    assert isinstance(got, np.ndarray) and kind in "iu" and kind is not None, (
        f"expected an integer numpy array, got {type(got).__name__}"
        + (f" with dtype {got.dtype}" if isinstance(got, np.ndarray) else "")
    )


@pytest.mark.parametrize("kind", ["int32", "int64"])
def test_integer_types(kind):
    """Accepts {kind} labels"""
    y_true, y_pred, k = RANDOM["200 labels, 7 classes"]
    got = confusion_matrix(y_true.astype(kind), y_pred.astype(kind), k)
    assert_close(as_array(got, "confusion_matrix", shape=(k, k)), loop_reference(y_true, y_pred, k), rtol=0, atol=0,
                 name="confusion_matrix(y_true, y_pred, num_classes)")


BAD_LABELS = {
    "y_true holds num_classes": (np.array([0, 3, 1]), np.array([0, 1, 1])),
    "y_true holds -1": (np.array([0, -1, 1]), np.array([0, 1, 1])),
    "y_pred holds num_classes": (np.array([0, 1, 1]), np.array([0, 2, 3])),
    "y_pred holds -1": (np.array([0, 1, 1]), np.array([-1, 1, 1])),
    "y_pred holds -1, y_true 1": (np.array([1, 0, 1]), np.array([-1, 0, 1])),
    "y_pred holds num_classes, y_true 0": (np.array([0, 0, 1]), np.array([3, 0, 1])),
}


@pytest.mark.parametrize("case", BAD_LABELS)
def test_label_out_of_range(case):
    """A label outside [0, num_classes) raises ValueError ({case}, num_classes = 3)"""
    y_true, y_pred = BAD_LABELS[case]
    with pytest.raises(ValueError):
        confusion_matrix(y_true, y_pred, 3)


def test_length_mismatch():
    """y_true and y_pred of different lengths raise ValueError"""
    with pytest.raises(ValueError):
        confusion_matrix(np.array([0, 1, 2]), np.array([0, 1]), 3)
    with pytest.raises(ValueError):
        confusion_matrix(np.array([0, 1]), np.array([0, 1, 2]), 3)


def test_does_not_modify_inputs():
    """Leaves y_true and y_pred unchanged"""
    y_true, y_pred = Y_TRUE.copy(), Y_PRED.copy()
    confusion_matrix(y_true, y_pred, 3)
    assert np.array_equal(y_true, Y_TRUE), f"y_true was {Y_TRUE} before the call and is {y_true} after it"
    assert np.array_equal(y_pred, Y_PRED), f"y_pred was {Y_PRED} before the call and is {y_pred} after it"
