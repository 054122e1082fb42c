import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, assert_finite, numerical_gradient
from solution import logistic_loss_and_grad

LOG2 = 0.6931471805599453


def ref_loss(w, b, X, y):
    """Per example: max(z, 0) - z y + log1p(exp(-|z|)), averaged."""
    z = X @ w + b
    return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def ref_grad(w, b, X, y):
    z = X @ w + b
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    r = (p - y) / len(y)
    return X.T @ r, float(r.sum())


def call(w, b, X, y):
    """Call the learner's function on copies and check the shape of what comes back."""
    result = logistic_loss_and_grad(np.array(w, dtype=float), b, np.array(X, dtype=float), np.array(y))
    if result is None:
        raise AssertionError("logistic_loss_and_grad returned None: did your function forget to `return loss, dw, db`?")
    if not isinstance(result, (tuple, list)) or len(result) != 3:
        raise AssertionError(f"logistic_loss_and_grad should return three things (loss, dw, db), got {type(result).__name__} {result!r:.80}")
    loss, dw, db = result
    return as_scalar(loss, "loss"), as_array(dw, "dw", shape=(len(w),)), as_scalar(db, "db")


X2 = np.array([[1.0, 2.0], [3.0, -1.0]])
Y2 = np.array([1.0, 0.0])

_rng = np.random.default_rng(0)
CASES = {
    "n=8, d=3": (_rng.normal(size=3), 0.4, _rng.normal(size=(8, 3)), _rng.integers(0, 2, size=8).astype(float)),
    "n=20, d=5, b=-2": (_rng.normal(size=5), -2.0, _rng.normal(size=(20, 5)) * 2, _rng.integers(0, 2, size=20).astype(float)),
    "n=1, d=4": (_rng.normal(size=4), 1.5, _rng.normal(size=(1, 4)), np.array([0.0])),
}


def test_worked_example_zero_weights():
    """w = 0, b = 0: loss log 2, dw = X^T (1/2 - y) / n = [0.5, -0.75], db = 0"""
    loss, dw, db = call(np.zeros(2), 0.0, X2, Y2)
    assert_close(loss, LOG2, rtol=1e-7, atol=1e-9, name="loss")
    assert_close(dw, [0.5, -0.75], rtol=1e-7, atol=1e-9, name="dw")
    assert_close(db, 0.0, rtol=1e-7, atol=1e-9, name="db")


def test_worked_example_with_bias():
    """w = [1, 0], b = -1: loss 1.41004, dw = [1.07120, -0.94040], db = 0.19040"""
    w = np.array([1.0, 0.0])
    loss, dw, db = call(w, -1.0, X2, Y2)
    if abs(loss - ref_loss(w, 0.0, X2, Y2)) < 1e-6:
        raise AssertionError(
            f"loss is {loss:.6g}, the value for b = 0, but b = -1 here: the scores are z = X @ w + b, bias included"
        )
    assert_close(loss, 1.410037595801459, rtol=1e-7, atol=1e-9, name="loss")
    assert_close(dw, [1.0711956175170528, -0.9403985389889412], rtol=1e-7, atol=1e-9, name="dw")
    assert_close(db, 0.1903985389889412, rtol=1e-7, atol=1e-9, name="db")


@pytest.mark.parametrize("case", CASES)
def test_matches_reference(case):
    """Loss and gradients match the definition ({case})"""
    w, b, X, y = CASES[case]
    loss, dw, db = call(w, b, X, y)
    dw_ref, db_ref = ref_grad(w, b, X, y)
    assert_close(loss, ref_loss(w, b, X, y), rtol=1e-7, atol=1e-9, name="loss")
    assert_close(dw, dw_ref, rtol=1e-6, atol=1e-9, name="dw")
    assert_close(db, db_ref, rtol=1e-6, atol=1e-9, name="db")


def test_dw_matches_finite_differences():
    """dw matches central finite differences of the mean loss"""
    w, b, X, y = CASES["n=20, d=5, b=-2"]
    numeric = numerical_gradient(lambda v: ref_loss(v, b, X, y), w)
    _, dw, _ = call(w, b, X, y)
    if np.allclose(dw, -numeric, rtol=1e-5, atol=1e-7):
        raise AssertionError("dw has the right size but the wrong sign: the gradient of the loss is X^T (sigmoid(z) - y) / n, not X^T (y - sigmoid(z)) / n")
    assert_close(dw, numeric, rtol=1e-5, atol=1e-7, name="dw vs finite differences")


def test_db_matches_finite_differences():
    """db matches central finite differences of the mean loss"""
    w, b, X, y = CASES["n=20, d=5, b=-2"]
    numeric = numerical_gradient(lambda v: ref_loss(w, float(v), X, y), np.array(b))
    _, _, db = call(w, b, X, y)
    assert_close(db, float(numeric), rtol=1e-5, atol=1e-7, name="db vs finite differences")


def test_is_a_mean_over_examples():
    """Loss and gradients are means: duplicating every example changes nothing"""
    w, b, X, y = CASES["n=8, d=3"]
    once = call(w, b, X, y)
    twice = call(w, b, np.concatenate([X, X]), np.concatenate([y, y]))
    for name, a, c in zip(("loss", "dw", "db"), once, twice):
        same = np.allclose(a, c, rtol=1e-9, atol=1e-12)
        assert same, (
            f"{name} for the data set is {np.round(a, 6)}, but for the same data repeated twice it is {np.round(c, 6)}; "
            "they should be equal, because the loss is the mean (not the sum) over examples, and so are its gradients"
        )


HUGE = {
    "scores +-1e4, labels wrong -> loss 1e4": (np.array([1.0]), 0.0, np.array([[1e4], [-1e4]]), np.array([0.0, 1.0]), 1e4, [1e4], 0.0),
    "scores +-1e4, labels right -> loss 0": (np.array([1.0]), 0.0, np.array([[1e4], [-1e4]]), np.array([1.0, 0.0]), 0.0, [0.0], 0.0),
    "score 40, label 0 -> loss 40": (np.array([4.0, 0.0]), 0.0, np.array([[10.0, 1.0]]), np.array([0.0]), 40.0, [10.0, 1.0], 1.0),
    "score -800 via b, label 1 -> loss 800": (np.array([0.5]), -800.0, np.array([[0.0]]), np.array([1.0]), 800.0, [0.0], -1.0),
}


@pytest.mark.parametrize("case", HUGE)
def test_stable_for_huge_scores(case):
    """Stable and exact for huge scores: {case}"""
    w, b, X, y, loss_want, dw_want, db_want = HUGE[case]
    loss, dw, db = call(w, b, X, y)
    assert_finite(loss, "loss")
    if loss_want > 30 and abs(loss - 27.631021115928547) < 1e-3:
        raise AssertionError(
            f"loss is {loss:.6g} but should be {loss_want:g}: {loss:.6g} is -log(1e-12), the loss of a probability clipped at 1e-12. "
            "Compute the loss from the scores: log(1 + e^z) - y z = max(z, 0) - y z + log1p(exp(-|z|)), or np.logaddexp(0, z) - y z."
        )
    assert_close(loss, loss_want, rtol=1e-9, atol=1e-9, name="loss")
    assert_finite(dw, "dw")
    assert_finite(db, "db")
    assert_close(dw, dw_want, rtol=1e-9, atol=1e-9, name="dw")
    assert_close(db, db_want, rtol=1e-9, atol=1e-9, name="db")


def test_integer_labels():
    """Labels given as an integer array give the same result as float labels"""
    w, b, X, y = CASES["n=8, d=3"]
    loss, dw, db = call(w, b, X, y.astype(int))
    dw_ref, db_ref = ref_grad(w, b, X, y)
    assert_close(loss, ref_loss(w, b, X, y), rtol=1e-7, atol=1e-9, name="loss with integer labels")
    assert_close(dw, dw_ref, rtol=1e-6, atol=1e-9, name="dw with integer labels")
    assert_close(db, db_ref, rtol=1e-6, atol=1e-9, name="db with integer labels")


def test_inputs_unchanged():
    """w, X and y are left unchanged"""
    w, b, X, y = CASES["n=8, d=3"]
    wc, Xc, yc = w.copy(), X.copy(), y.copy()
    logistic_loss_and_grad(wc, b, Xc, yc)
    assert np.array_equal(wc, w), f"logistic_loss_and_grad changed the caller's w; it is now {wc}"
    assert np.array_equal(Xc, X), "logistic_loss_and_grad changed the caller's X"
    assert np.array_equal(yc, y), f"logistic_loss_and_grad changed the caller's y; it is now {yc}"
