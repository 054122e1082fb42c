import math

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close, assert_finite
from solution import focal_loss

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)

LOGITS = np.array([[0.0, 0.0], [math.log(3.0), 0.0]])
TARGETS = np.array([0, 0])


def row_loss(row, y, gamma):
    """Focal loss of one row, written out with Python floats."""
    m = max(row)
    lse = m + math.log(sum(math.exp(v - m) for v in row))
    log_pt = row[y] - lse
    return (1.0 - math.exp(log_pt)) ** gamma * -log_pt


def reference(z, t, gamma=2.0):
    z = np.asarray(z, dtype=float)
    return sum(row_loss(list(z[i]), int(t[i]), gamma) for i in range(len(z))) / len(z)


def call(z, t, **kwargs):
    return as_scalar(focal_loss(z, t, **kwargs), "focal_loss(...)")


_rng = np.random.default_rng(0)
BATCHES = {
    "N=1, C=2": (_rng.normal(size=(1, 2)), np.array([1])),
    "N=5, C=3": (_rng.normal(size=(5, 3)) * 2, np.array([0, 2, 1, 1, 0])),
    "N=4, C=4 (square)": (_rng.normal(size=(4, 4)) * 2, np.array([3, 0, 0, 2])),
    "N=8, C=10": (_rng.normal(size=(8, 10)) * 3, _rng.integers(0, 10, size=8)),
}


def test_worked_example():
    """Worked example: logits [[0, 0], [log 3, 0]], targets [0, 0] give 0.0956335"""
    assert_close(call(LOGITS.copy(), TARGETS.copy()), 0.0956334623341113, **TOL, name="focal_loss(worked example)")


def test_worked_example_gamma_zero():
    """Worked example with gamma = 0 is the cross-entropy (log 2 + log(4/3)) / 2 = 0.490415"""
    want = (math.log(2.0) + math.log(4.0 / 3.0)) / 2
    assert_close(call(LOGITS.copy(), TARGETS.copy(), gamma=0.0), want, **TOL, name="focal_loss(..., gamma=0)")


@pytest.mark.parametrize("batch", BATCHES)
def test_matches_definition(batch):
    """Matches the mean of -(1 - p_t)^2 log p_t ({batch})"""
    z, t = BATCHES[batch]
    assert_close(call(z.copy(), t.copy()), reference(z, t), **TOL, name="focal_loss(logits, targets)")


@pytest.mark.parametrize("gamma", [0.0, 0.5, 1.0, 3.5])
def test_gamma_argument(gamma):
    """The gamma argument is used (gamma = {gamma})"""
    z, t = BATCHES["N=8, C=10"]
    assert_close(call(z.copy(), t.copy(), gamma=gamma), reference(z, t, gamma), **TOL,
                 name=f"focal_loss(logits, targets, gamma={gamma})")


def test_gamma_zero_is_cross_entropy():
    """With gamma = 0 the loss equals the mean cross-entropy -log softmax(z)[target]"""
    z, t = BATCHES["N=5, C=3"]
    ce = float(np.mean([-(z[i, t[i]] - np.log(np.sum(np.exp(z[i])))) for i in range(len(z))]))
    assert_close(call(z.copy(), t.copy(), gamma=0.0), ce, **TOL, name="focal_loss(..., gamma=0)")


def test_single_row_by_hand():
    """One row of three equal logits: (2/3)^2 log 3 = 0.488272"""
    got = call(np.zeros((1, 3)), np.array([2]))
    assert_close(got, (2.0 / 3.0) ** 2 * math.log(3.0), **TOL, name="focal_loss([[0, 0, 0]], [2])")


def test_mean_over_rows():
    """The loss is a mean over rows: a batch of a row repeated 4 times has that row's loss"""
    z = np.array([[1.0, -0.5, 0.25]])
    one = row_loss([1.0, -0.5, 0.25], 1, 2.0)
    assert_close(call(np.repeat(z, 4, axis=0), np.array([1, 1, 1, 1])), one, **TOL,
                 name="focal_loss of 4 copies of one row")


def test_confident_wrong_row_is_finite():
    """A confidently wrong row, logits [[1e4, -1e4]] with target 1, has a finite loss"""
    got = call(np.array([[1e4, -1e4]]), np.array([1]))
    assert_finite(got, "focal_loss([[1e4, -1e4]], [1])")


def test_confident_wrong_row_at_1e4():
    """Correct at 1e4: logits [[1e4, -1e4]] with target 1 give a loss of 20000 (log p_t = -20000)"""
    got = call(np.array([[1e4, -1e4]]), np.array([1]))
    assert_close(got, 20000.0, **TOL, name="focal_loss([[1e4, -1e4]], [1])")


def test_confident_rows_in_a_batch_at_1e4():
    """Stable at 1e4 in a batch: one row confidently wrong, one confidently right, one near -1e4"""
    z = np.array([[1e4, 0.0, -1e4], [-1e4, 1e4, 5e3], [-1e4, -1e4 + 1.0, -1e4 + 2.0]])
    t = np.array([2, 1, 0])
    got = call(z.copy(), t.copy())
    assert_finite(got, "focal_loss at logits of size 1e4")
    want = (20000.0 + 0.0 + row_loss([0.0, 1.0, 2.0], 0, 2.0)) / 3
    assert_close(got, want, **TOL, name="focal_loss at logits of size 1e4")


def test_shift_invariance():
    """Adding a constant to a row (here +1e4 or -1e4) does not change the loss"""
    z, t = BATCHES["N=5, C=3"]
    z = np.round(z * 64) / 64  # multiples of 1/64: z + 1e4 is exact even in float32
    shift = np.array([[1e4], [-1e4], [0.0], [1e4], [-1e4]])
    assert_close(call(z + shift, t.copy()), reference(z, t), **TOL, name="focal_loss(logits + row shift)")


def test_easy_example_down_weighted():
    """An easy row, logits [[2, 0]] with target 0 (p_t = 0.881), keeps (1 - p_t)^2 = 1.4% of its cross-entropy"""
    ce = math.log(1.0 + math.exp(-2.0))
    p = 1.0 / (1.0 + math.exp(-2.0))
    assert_close(call(np.array([[2.0, 0.0]]), np.array([0])), (1.0 - p) ** 2 * ce, **TOL, name="focal_loss([[2, 0]], [0])")


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint8"])
def test_target_dtypes(dtype):
    """Integer targets of dtype {dtype} work"""
    z, t = BATCHES["N=8, C=10"]
    assert_close(call(z.copy(), t.astype(dtype)), reference(z, t), **TOL, name=f"focal_loss with {dtype} targets")


def test_returns_a_float():
    """Returns a single number, not an array"""
    got = focal_loss(LOGITS.copy(), TARGETS.copy())
    as_scalar(got, "focal_loss(...)")


def test_inputs_unchanged():
    """Leaves logits and targets unchanged"""
    z, t = BATCHES["N=5, C=3"]
    z0, t0 = z.copy(), t.copy()
    focal_loss(z0, t0)
    assert np.array_equal(z0, z), f"focal_loss changed logits: it was\n{z}\nand is now\n{z0}"
    assert np.array_equal(t0, t), f"focal_loss changed targets: it was {t} and is now {t0}"


@pytest.mark.parametrize("n_targets", [3, 6, 1])
def test_mismatched_lengths(n_targets):
    """{n_targets} targets for 5 rows of logits raise ValueError"""
    z, _ = BATCHES["N=5, C=3"]
    with pytest.raises(ValueError):
        focal_loss(z.copy(), np.zeros(n_targets, dtype=int))
