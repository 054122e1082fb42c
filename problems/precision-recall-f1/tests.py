import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import precision_recall_f1

TOL = dict(rtol=1e-6, atol=1e-12)

Y_TRUE = np.array([0, 0, 0, 1, 1, 2])
Y_PRED = np.array([0, 0, 1, 1, 2, 2])


def loop_reference(y_true, y_pred, k, average):
    """Straight from the definitions, one class at a time."""
    tp = [0] * k
    fp = [0] * k
    fn = [0] * k
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if t == p:
            tp[t] += 1
        else:
            fp[p] += 1
            fn[t] += 1

    def scores(tp_c, fp_c, fn_c):
        prec = tp_c / (tp_c + fp_c) if tp_c + fp_c > 0 else 0.0
        rec = tp_c / (tp_c + fn_c) if tp_c + fn_c > 0 else 0.0
        f = 2 * prec * rec / (prec + rec) if prec + rec > 0 else 0.0
        return prec, rec, f

    if average == "micro":
        return scores(sum(tp), sum(fp), sum(fn))
    per_class = [scores(tp[c], fp[c], fn[c]) for c in range(k)]
    return tuple(sum(s[i] for s in per_class) / k for i in range(3))


def call(y_true, y_pred, k, average=None, label="precision_recall_f1"):
    if average is None:
        got = precision_recall_f1(y_true.copy(), y_pred.copy(), k)
    else:
        got = precision_recall_f1(y_true.copy(), y_pred.copy(), k, average=average)
    assert isinstance(got, tuple) and len(got) == 3, (
        f"{label} should return a tuple (precision, recall, f1), got {type(got).__name__} {got!r}"[:300]
    )
    return tuple(as_scalar(v, f"{label}: {part}") for v, part in zip(got, ("precision", "recall", "f1")))


def check(got, expected, label):
    for value, want, part in zip(got, expected, ("precision", "recall", "f1")):
        assert_close(value, want, **TOL, name=f"{part} of {label}")


_rng = np.random.default_rng(0)
RANDOM = {}
for _name, _n, _k, _p_right in [("30 labels, 3 classes", 30, 3, 0.5), ("300 labels, 8 classes", 300, 8, 0.6),
                                ("2000 labels, 20 classes", 2000, 20, 0.3)]:
    _t = _rng.integers(0, _k, _n)
    _p = np.where(_rng.random(_n) < _p_right, _t, _rng.integers(0, _k, _n))
    RANDOM[_name] = (_t, _p, _k)
# Skewed: class 4 never predicted, class 5 never true, and classes are imbalanced.
_t = np.array([0] * 40 + [1] * 10 + [2] * 5 + [3] * 3 + [4] * 2)
_p = _t.copy()
_p[[0, 1, 2, 40, 41, 50, 55, 58, 59]] = [1, 5, 5, 0, 3, 0, 5, 0, 2]
RANDOM["imbalanced, one class never predicted, one never true"] = (_t, _p, 6)


def test_worked_example_macro():
    """The worked example, macro: (2/3, 13/18, 59/90)"""
    check(call(Y_TRUE, Y_PRED, 3, "macro"), (2 / 3, 13 / 18, 59 / 90), "the worked example (macro)")


def test_worked_example_micro():
    """The worked example, micro: (2/3, 2/3, 2/3), the accuracy"""
    check(call(Y_TRUE, Y_PRED, 3, "micro"), (2 / 3, 2 / 3, 2 / 3), "the worked example (micro)")


def test_default_is_macro():
    """Without the average argument the result is the macro one"""
    check(call(Y_TRUE, Y_PRED, 3), (2 / 3, 13 / 18, 59 / 90), "precision_recall_f1(y_true, y_pred, 3)")


def test_macro_f1_is_mean_of_per_class_f1():
    """Macro F1 is the mean of per-class F1 (59/90), not the harmonic mean of macro P and R (52/75)"""
    f1 = call(Y_TRUE, Y_PRED, 3, "macro")[2]
    assert_close(f1, 59 / 90, **TOL, name="macro f1 of the worked example")


def test_never_predicted_class():
    """A class never predicted has precision 0, not nan: ([0, 1, 2, 2] vs [0, 1, 1, 1]) gives (4/9, 2/3, 1/2)"""
    check(call(np.array([0, 1, 2, 2]), np.array([0, 1, 1, 1]), 3, "macro"), (4 / 9, 2 / 3, 0.5),
          "precision_recall_f1([0, 1, 2, 2], [0, 1, 1, 1], 3)")


def test_never_true_class():
    """A class never true has recall 0, not nan: ([0, 1, 1, 1] vs [0, 1, 2, 2]) gives (2/3, 4/9, 1/2)"""
    check(call(np.array([0, 1, 1, 1]), np.array([0, 1, 2, 2]), 3, "macro"), (2 / 3, 4 / 9, 0.5),
          "precision_recall_f1([0, 1, 1, 1], [0, 1, 2, 2], 3)")


def test_absent_classes_count_in_macro_mean():
    """Macro divides by num_classes: classes 2 and 3 that occur nowhere count as 0s"""
    got = call(np.array([0, 0, 1, 1]), np.array([0, 0, 1, 1]), 4, "macro")
    check(got, (0.5, 0.5, 0.5), "precision_recall_f1([0, 0, 1, 1], [0, 0, 1, 1], 4)")


def test_all_wrong():
    """Every prediction wrong: (0, 0, 0), with F1 = 0 where P + R = 0 (no nan)"""
    y_true = np.array([0, 1, 2, 0, 1, 2])
    y_pred = np.array([1, 2, 0, 2, 0, 1])
    for average in ("macro", "micro"):
        check(call(y_true, y_pred, 3, average), (0.0, 0.0, 0.0), f"all-wrong predictions ({average})")


def test_perfect():
    """Perfect predictions give (1, 1, 1) for both averages"""
    y = np.array([2, 0, 1, 1, 2, 0, 0])
    for average in ("macro", "micro"):
        check(call(y, y, 3, average), (1.0, 1.0, 1.0), f"perfect predictions ({average})")


def test_empty():
    """No examples (N = 0) gives (0, 0, 0) for both averages"""
    empty = np.array([], dtype=np.int64)
    for average in ("macro", "micro"):
        check(call(empty, empty, 3, average), (0.0, 0.0, 0.0), f"precision_recall_f1([], [], 3, {average!r})")


@pytest.mark.parametrize("case", RANDOM)
@pytest.mark.parametrize("average", ["macro", "micro"])
def test_matches_definition(case, average):
    """{average} averaging matches the per-class definitions ({case})"""
    y_true, y_pred, k = RANDOM[case]
    check(call(y_true, y_pred, k, average), loop_reference(y_true, y_pred, k, average), f"{case} ({average})")


@pytest.mark.parametrize("kind", ["int32", "int64"])
def test_integer_types(kind):
    """Accepts {kind} labels"""
    y_true, y_pred, k = RANDOM["300 labels, 8 classes"]
    for average in ("macro", "micro"):
        check(call(y_true.astype(kind), y_pred.astype(kind), k, average),
              loop_reference(y_true, y_pred, k, average), f"{kind} labels ({average})")


@pytest.mark.parametrize("average", ["weighted", "binary", "samples", None, ""])
def test_unknown_average(average):
    """average={average!r} raises ValueError"""
    with pytest.raises(ValueError):
        precision_recall_f1(Y_TRUE.copy(), Y_PRED.copy(), 3, average=average)


BAD_LABELS = {
    "y_true holds num_classes": (np.array([0, 3, 1]), np.array([0, 1, 1])),
    "y_true holds -1": (np.array([0, -1, 1]), np.array([0, 1, 1])),
    "y_pred holds num_classes": (np.array([0, 1, 1]), np.array([0, 2, 3])),
    "y_pred holds -1": (np.array([0, 1, 1]), np.array([-1, 1, 1])),
}


@pytest.mark.parametrize("case", BAD_LABELS)
@pytest.mark.parametrize("average", ["macro", "micro"])
def test_label_out_of_range(case, average):
    """A label outside [0, num_classes) raises ValueError ({case}, {average})"""
    y_true, y_pred = BAD_LABELS[case]
    with pytest.raises(ValueError):
        precision_recall_f1(y_true, y_pred, 3, average=average)


def test_length_mismatch():
    """y_true and y_pred of different lengths raise ValueError"""
    with pytest.raises(ValueError):
        precision_recall_f1(np.array([0, 1, 2]), np.array([0, 1]), 3)
    with pytest.raises(ValueError):
        precision_recall_f1(np.array([0, 1]), np.array([0, 1, 2]), 3, average="micro")


def test_does_not_modify_inputs():
    """Leaves y_true and y_pred unchanged"""
    y_true, y_pred = Y_TRUE.copy(), Y_PRED.copy()
    precision_recall_f1(y_true, y_pred, 3)
    precision_recall_f1(y_true, y_pred, 3, average="micro")
    assert np.array_equal(y_true, Y_TRUE), f"y_true was {Y_TRUE} before the calls and is {y_true} after them"
    assert np.array_equal(y_pred, Y_PRED), f"y_pred was {Y_PRED} before the calls and is {y_pred} after them"


def test_micro_recall_is_accuracy():
    """Micro recall pools every example: on imbalanced classes it is the accuracy, 7/10"""
    y_true = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 2])
    y_pred = np.array([0, 0, 0, 0, 0, 0, 1, 2, 0, 2])
    recall = call(y_true, y_pred, 3, "micro")[1]
    assert_close(recall, 0.7, **TOL, name="micro recall of 7 right out of 10")
