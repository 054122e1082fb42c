import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, numerical_gradient
from solution import multiclass_hinge_loss

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)

SCORES = np.array([[3.0, 1.0, 2.5], [0.0, 2.0, -1.0]])
TARGETS = np.array([0, 2])


def reference(s, t, margin=1.0):
    """Loss and gradient with plain Python loops over rows and classes."""
    s = np.asarray(s, dtype=float)
    n, c = s.shape
    loss, grad = 0.0, np.zeros((n, c))
    for i in range(n):
        y = int(t[i])
        for j in range(c):
            if j == y:
                continue
            a = s[i, j] - s[i, y] + margin
            if a > 0:
                loss += a
                grad[i, j] += 1.0
                grad[i, y] -= 1.0
    return loss / n, grad / n


def call(s, t, **kwargs):
    """The learner's (loss, dscores), checked for type and shape."""
    out = multiclass_hinge_loss(s, t, **kwargs)
    assert isinstance(out, (tuple, list)) and len(out) == 2, (
        f"multiclass_hinge_loss should return a pair (loss, dscores), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    return as_scalar(out[0], "loss"), as_array(out[1], "dscores", shape=np.shape(s))


def random_case(n, c, seed, scale=1.0):
    """Scores whose hinge arguments all stay at least 1e-3 away from the kink at 0."""
    rng = np.random.default_rng(seed)
    while True:
        s = np.round(rng.normal(size=(n, c)) * scale, 3) + rng.uniform(0.0001, 0.0009, size=(n, c))
        t = rng.integers(0, c, size=n)
        a = s - s[np.arange(n), t][:, None] + 1.0
        a[np.arange(n), t] = 1.0
        if np.all(np.abs(a) > 1e-3):
            return s, t


BATCHES = {
    "N=1, C=2": random_case(1, 2, 1),
    "N=5, C=3": random_case(5, 3, 2),
    "N=4, C=4 (square)": random_case(4, 4, 3),
    "N=8, C=10": random_case(8, 10, 4, scale=1.5),
}


def test_worked_example_loss():
    """Worked example: the loss is (0.5 + 6) / 2 = 3.25"""
    loss, _ = call(SCORES.copy(), TARGETS.copy())
    assert_close(loss, 3.25, **TOL, name="loss")


def test_worked_example_gradient():
    """Worked example: dscores is [[-0.5, 0, 0.5], [0.5, 0.5, -1]]"""
    _, d = call(SCORES.copy(), TARGETS.copy())
    assert_close(d, [[-0.5, 0.0, 0.5], [0.5, 0.5, -1.0]], **TOL, name="dscores")


@pytest.mark.parametrize("batch", BATCHES)
def test_loss_matches_definition(batch):
    """The loss is the mean over rows of the sum of hinges over j != y ({batch})"""
    s, t = BATCHES[batch]
    loss, _ = call(s.copy(), t.copy())
    assert_close(loss, reference(s, t)[0], **TOL, name="loss")


@pytest.mark.parametrize("batch", BATCHES)
def test_gradient_matches_finite_differences(batch):
    """dscores matches a finite-difference gradient of the loss ({batch})"""
    s, t = BATCHES[batch]
    _, d = call(s.copy(), t.copy())
    numeric = numerical_gradient(lambda v: reference(v, t)[0], s)
    assert_close(d, numeric, rtol=0, atol=1e-6, name="dscores")


def test_true_class_not_compared_with_itself():
    """A row of equal scores costs (C - 1) * margin, not C * margin: j = y is skipped"""
    loss, d = call(np.zeros((1, 4)), np.array([1]))
    assert_close(loss, 3.0, **TOL, name="loss for scores [[0, 0, 0, 0]], target 1")
    assert_close(d, [[1.0, -3.0, 1.0, 1.0]], **TOL, name="dscores for scores [[0, 0, 0, 0]], target 1")


def test_hinge_exactly_at_zero():
    """A hinge argument of exactly 0 adds nothing to the loss or the gradient"""
    s = np.array([[2.0, 1.0, 0.0], [0.5, -0.5, 3.0]])
    t = np.array([0, 0])  # row 0: class 1 is at exactly 0; row 1: class 1 at exactly 0, class 2 active
    loss, d = call(s.copy(), t.copy())
    assert_close(loss, 3.5 / 2, **TOL, name="loss")
    assert_close(d, [[0.0, 0.0, 0.0], [-0.5, 0.0, 0.5]], **TOL, name="dscores")


def test_all_margins_met():
    """When the true class wins every row by more than the margin, loss and gradient are 0"""
    s = np.array([[5.0, 1.0, 2.0], [-3.0, 0.0, 4.0]])
    loss, d = call(s.copy(), np.array([0, 2]))
    assert_close(loss, 0.0, rtol=0, atol=1e-12, name="loss")
    assert_close(d, np.zeros((2, 3)), rtol=0, atol=1e-12, name="dscores")


@pytest.mark.parametrize("margin", [0.0, 0.5, 2.0])
def test_margin_argument(margin):
    """The margin argument is used (margin = {margin})"""
    s, t = BATCHES["N=8, C=10"]
    loss, d = call(s.copy(), t.copy(), margin=margin)
    want_loss, want_d = reference(s, t, margin)
    assert_close(loss, want_loss, **TOL, name=f"loss with margin={margin}")
    assert_close(d, want_d, **TOL, name=f"dscores with margin={margin}")


def test_gradient_rows_sum_to_zero():
    """Every row of dscores sums to 0"""
    s, t = BATCHES["N=8, C=10"]
    _, d = call(s.copy(), t.copy())
    assert_close(d.sum(axis=1), np.zeros(len(s)), rtol=0, atol=1e-9, name="row sums of dscores")


def test_gradient_is_of_the_mean():
    """A row repeated 4 times: the same loss as the row alone, and a quarter of its gradient per row"""
    s = np.array([[0.2, 1.0, -0.5]])
    one_loss, one_d = reference(s, [0])
    loss, d = call(np.repeat(s, 4, axis=0), np.zeros(4, dtype=int))
    assert_close(loss, one_loss, **TOL, name="loss of 4 copies of one row")
    assert_close(d, np.repeat(one_d, 4, axis=0) / 4, **TOL, name="dscores of 4 copies of one row")


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint8"])
def test_target_dtypes(dtype):
    """Integer targets of dtype {dtype} work"""
    s, t = BATCHES["N=5, C=3"]
    loss, d = call(s.copy(), t.astype(dtype))
    want_loss, want_d = reference(s, t)
    assert_close(loss, want_loss, **TOL, name="loss")
    assert_close(d, want_d, **TOL, name="dscores")


def test_inputs_unchanged():
    """Leaves scores and targets unchanged"""
    s, t = BATCHES["N=5, C=3"]
    s0, t0 = s.copy(), t.copy()
    multiclass_hinge_loss(s0, t0)
    assert np.array_equal(s0, s), f"multiclass_hinge_loss changed scores: it was\n{s}\nand is now\n{s0}"
    assert np.array_equal(t0, t), f"multiclass_hinge_loss changed targets: it was {t} and is now {t0}"


def test_returns_a_new_gradient_array():
    """dscores is a new array, not the scores array passed in"""
    s, t = BATCHES["N=5, C=3"]
    _, d = multiclass_hinge_loss(s, t)
    assert not np.shares_memory(np.asarray(d), s), "dscores shares memory with scores: return a new array"


@pytest.mark.parametrize("n_targets", [3, 6, 1])
def test_mismatched_lengths(n_targets):
    """{n_targets} targets for 5 rows of scores raise ValueError"""
    s, _ = BATCHES["N=5, C=3"]
    with pytest.raises(ValueError):
        multiclass_hinge_loss(s.copy(), np.zeros(n_targets, dtype=int))
