import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import expected_calibration_error

TOL = dict(rtol=1e-5, atol=1e-6)  # float32 per-bin sums of 500 confidences lose ~1e-7

PROBS = np.array([[0.9, 0.1], [0.3, 0.7], [0.35, 0.65], [0.5, 0.5], [1.0, 0.0]])
LABELS = np.array([0, 0, 1, 1, 0])


def loop_reference(probs, labels, n_bins):
    """The definition with explicit interval tests, bin by bin."""
    n = len(labels)
    conf, correct = [], []
    for row, y in zip(probs.tolist(), labels.tolist()):
        best = 0
        for j in range(len(row)):
            if row[j] > row[best]:
                best = j
        conf.append(row[best])
        correct.append(1.0 if best == y else 0.0)
    total = 0.0
    for b in range(n_bins):
        lo, hi = b / n_bins, (b + 1) / n_bins
        members = [i for i in range(n) if (lo < conf[i] <= hi) or (b == 0 and conf[i] == 0.0)]
        if members:
            acc = sum(correct[i] for i in members) / len(members)
            mean_conf = sum(conf[i] for i in members) / len(members)
            total += len(members) / n * abs(acc - mean_conf)
    return total


def ece(probs, labels, n_bins=None, name=None):
    if n_bins is None:
        got = expected_calibration_error(probs.copy(), labels.copy())
    else:
        got = expected_calibration_error(probs.copy(), labels.copy(), n_bins=n_bins)
    return as_scalar(got, name or "expected_calibration_error(probs, labels, n_bins)")


def away_from_edges(probs, bin_counts=(1, 3, 5, 10, 15, 20, 50)):
    conf = probs.max(axis=1)
    keep = np.ones(len(conf), dtype=bool)
    for nb in bin_counts:
        scaled = conf * nb
        keep &= np.abs(scaled - np.round(scaled)) > 1e-6 * np.maximum(scaled, 1)
    return keep


def make_case(seed, n, c, sharpness):
    rng = np.random.default_rng(seed)
    logits = rng.normal(size=(n, c)) * sharpness
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    labels = np.where(rng.random(n) < 0.7, p.argmax(axis=1), rng.integers(0, c, n))
    keep = away_from_edges(p)
    return p[keep], labels[keep]


RANDOM = {
    "200 rows, 3 classes": make_case(0, 200, 3, 1.5),
    "500 rows, 10 classes, over-confident": make_case(1, 500, 10, 4.0),
    "40 rows, 2 classes": make_case(2, 40, 2, 1.0),
}


def test_worked_example():
    """The worked example with n_bins = 5 gives 0.19"""
    assert_close(ece(PROBS, LABELS, 5), 0.19, **TOL, name="expected_calibration_error(worked example, n_bins=5)")


def test_default_ten_bins():
    """Without n_bins, 10 bins are used"""
    probs, labels = RANDOM["200 rows, 3 classes"]
    assert_close(ece(probs, labels), loop_reference(probs, labels, 10), **TOL,
                 name="expected_calibration_error(probs, labels)")


@pytest.mark.parametrize("case", RANDOM)
@pytest.mark.parametrize("n_bins", [3, 10, 15, 50])
def test_matches_definition(case, n_bins):
    """n_bins = {n_bins}: matches the bin-by-bin definition ({case})"""
    probs, labels = RANDOM[case]
    assert_close(ece(probs, labels, n_bins), loop_reference(probs, labels, n_bins), **TOL,
                 name=f"expected_calibration_error(probs, labels, n_bins={n_bins})")


def test_confidence_one_in_last_bin():
    """A confidence of exactly 1.0 is in the last bin: one-hot rows, right and wrong"""
    probs = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.2, 0.72, 0.08]])
    labels = np.array([0, 1, 0, 1])
    # last bin: 3 rows, accuracy 2/3, confidence 1 -> 3/4 * 1/3; bin 7 (0.7, 0.8]: 0.72 vs 1 -> 1/4 * 0.28
    assert_close(ece(probs, labels, 10), 0.25 + 0.07, **TOL, name="expected_calibration_error(one-hot rows, n_bins=10)")


def test_zero_confidence_in_first_bin():
    """An all-zero row (confidence 0, prediction 0) goes to bin 0, not the last bin"""
    probs = np.array([[0.0, 0.0, 0.0], [0.03, 0.04, 0.93]])
    labels = np.array([0, 1])
    # bin 0: accuracy 1, confidence 0 -> 1/2 * 1; bin 9: accuracy 0, confidence 0.93 -> 1/2 * 0.93
    assert_close(ece(probs, labels, 10), 0.965, **TOL, name="expected_calibration_error([[0, 0, 0], [0.03, 0.04, 0.93]], [0, 1])")


def test_argmax_ties_to_lowest_index():
    """Tied top probabilities predict the lowest index: [0.42, 0.42, 0.16] predicts class 0"""
    probs = np.array([[0.42, 0.42, 0.16], [0.47, 0.06, 0.47]])
    # both rows predict class 0 and share bin 4: with labels [0, 0] both are right, with labels [1, 2] both wrong
    assert_close(ece(probs, np.array([0, 0]), 10), 1 - 0.445, **TOL, name="ECE of [[0.42, 0.42, 0.16], [0.47, 0.06, 0.47]] with labels [0, 0]")
    assert_close(ece(probs, np.array([1, 2]), 10), 0.445, **TOL, name="ECE of [[0.42, 0.42, 0.16], [0.47, 0.06, 0.47]] with labels [1, 2]")


def test_confidence_is_row_max_not_label_probability():
    """The confidence is the row maximum, not the probability of the true label"""
    probs = np.array([[0.15, 0.85], [0.25, 0.75]])
    labels = np.array([0, 0])
    # both wrong, both in bins 8 and 7 of 10: ECE = (0.85 + 0.75) / 2
    assert_close(ece(probs, labels, 10), 0.8, **TOL, name="expected_calibration_error([[0.15, 0.85], [0.25, 0.75]], [0, 0])")


def test_bins_weighted_by_count():
    """Bins are weighted by their share of the examples: 3 rows in one bin, 1 in another"""
    probs = np.array([[0.95, 0.05], [0.95, 0.05], [0.95, 0.05], [0.55, 0.45]])
    labels = np.array([0, 0, 0, 1])
    # bin 9: acc 1, conf 0.95 -> 3/4 * 0.05; bin 5: acc 0, conf 0.55 -> 1/4 * 0.55
    assert_close(ece(probs, labels, 10), 0.0375 + 0.1375, **TOL, name="expected_calibration_error(3 + 1 rows)")


def test_gaps_do_not_cancel_across_bins():
    """Over- and under-confident bins both add: the absolute gap is taken per bin"""
    probs = np.array([[0.95, 0.05], [0.95, 0.05], [0.65, 0.35], [0.65, 0.35]])
    labels = np.array([0, 1, 0, 0])
    # bin 9: acc 0.5, conf 0.95 -> gap 0.45; bin 6: acc 1, conf 0.65 -> gap 0.35; weights 1/2 each
    assert_close(ece(probs, labels, 10), 0.4, **TOL, name="expected_calibration_error(over- and under-confident bins)")


def test_one_bin():
    """n_bins = 1 gives |accuracy - mean confidence| over all rows"""
    probs, labels = RANDOM["500 rows, 10 classes, over-confident"]
    want = abs(np.mean(probs.argmax(axis=1) == labels) - probs.max(axis=1).mean())
    assert_close(ece(probs, labels, 1), want, **TOL, name="expected_calibration_error(probs, labels, n_bins=1)")


def test_many_empty_bins():
    """Empty bins add 0: 2 rows spread over 1000 bins"""
    probs = np.array([[0.2345, 0.7655], [0.8765, 0.1235]])
    labels = np.array([1, 1])
    # row 0 right (conf 0.7655), row 1 wrong (conf 0.8765), each alone in its bin
    assert_close(ece(probs, labels, 1000), (0.2345 + 0.8765) / 2, **TOL, name="expected_calibration_error(n_bins=1000)")


def test_calibrated_is_zero():
    """A calibrated prediction gives 0: 4 rows at confidence 0.75, 3 of them right"""
    probs = np.tile([0.75, 0.25], (4, 1))
    labels = np.array([0, 0, 1, 0])
    assert_close(ece(probs, labels, 10), 0.0, rtol=0, atol=1e-6, name="expected_calibration_error(calibrated rows)")


@pytest.mark.parametrize("kind", ["int32", "int64"])
def test_label_types(kind):
    """Accepts {kind} labels"""
    probs, labels = RANDOM["200 rows, 3 classes"]
    assert_close(ece(probs, labels.astype(kind), 10), loop_reference(probs, labels, 10), **TOL,
                 name=f"expected_calibration_error with {kind} labels")


@pytest.mark.parametrize("n_bins", [0, -3])
def test_bad_n_bins(n_bins):
    """n_bins = {n_bins} raises ValueError"""
    with pytest.raises(ValueError):
        expected_calibration_error(PROBS.copy(), LABELS.copy(), n_bins=n_bins)


def test_no_rows():
    """No rows (N = 0) raises ValueError"""
    with pytest.raises(ValueError):
        expected_calibration_error(np.zeros((0, 3)), np.array([], dtype=np.int64))


def test_length_mismatch():
    """labels with a different number of entries than probs has rows raises ValueError"""
    with pytest.raises(ValueError):
        expected_calibration_error(PROBS.copy(), np.array([0, 1, 0]))
    with pytest.raises(ValueError):
        expected_calibration_error(PROBS.copy(), np.array([0, 1, 0, 1, 0, 1]))


@pytest.mark.parametrize("bad", [2, -1])
def test_label_out_of_range(bad):
    """A label of {bad} with C = 2 classes raises ValueError"""
    with pytest.raises(ValueError):
        expected_calibration_error(PROBS.copy(), np.array([0, 0, bad, 1, 0]), n_bins=5)


def test_does_not_modify_inputs():
    """Leaves probs and labels unchanged"""
    probs, labels = PROBS.copy(), LABELS.copy()
    expected_calibration_error(probs, labels, n_bins=5)
    assert np.array_equal(probs, PROBS), f"expected_calibration_error changed the caller's probs; they are now\n{probs}"
    assert np.array_equal(labels, LABELS), f"expected_calibration_error changed the caller's labels; they are now {labels}"


def test_lowest_bins_are_separate():
    """Bins 0 and 1 are separate: 12 classes, confidences 1/12 (bin 0) and 0.15 (bin 1)"""
    uniform = np.full(12, 1 / 12)
    peaked = np.full(12, 0.85 / 11)
    peaked[0] = 0.15
    probs = np.array([uniform, peaked])
    labels = np.array([0, 1])
    # bin 0: right at confidence 1/12; bin 1: wrong at confidence 0.15
    assert_close(ece(probs, labels, 10), ((1 - 1 / 12) + 0.15) / 2, **TOL,
                 name="expected_calibration_error(confidences 1/12 and 0.15, n_bins=10)")
