import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, numerical_gradient
from solution import mse_loss, mse_loss_grad

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)


def ref_loss(p, t):
    d = np.asarray(p, dtype=float) - np.asarray(t, dtype=float)
    return float(np.mean(d * d))


def ref_grad(p, t):
    d = np.asarray(p, dtype=float) - np.asarray(t, dtype=float)
    return 2.0 * d / d.size


PRED = np.array([2.5, 0.0, 2.0])
TARGET = np.array([3.0, -0.5, 2.0])
P2 = np.array([[1.0, 2.0], [3.0, 4.0]])
T2 = np.array([[0.0, 2.0], [5.0, 4.0]])

_rng = np.random.default_rng(3)
SHAPES = {
    "1-D, 7 values": (7,),
    "2-D batch (4, 3)": (4, 3),
    "3-D batch (2, 3, 5)": (2, 3, 5),
}
CASES = {name: (_rng.normal(size=s) * 2, _rng.normal(size=s) * 2) for name, s in SHAPES.items()}


def call_loss(p, t):
    return mse_loss(np.array(p, dtype=float), np.array(t, dtype=float))


def call_grad(p, t):
    return mse_loss_grad(np.array(p, dtype=float), np.array(t, dtype=float))


# ---------- mse_loss ----------


def test_loss_worked_example():
    """mse_loss([2.5, 0, 2], [3, -0.5, 2]) = 1/6"""
    assert_close(call_loss(PRED, TARGET), 1 / 6, **TOL, name="mse_loss([2.5, 0, 2], [3, -0.5, 2])")


def test_loss_returns_one_float():
    """mse_loss of a (2, 2) batch is a single float, not one value per row or column"""
    got = call_loss(P2, T2)
    value = as_scalar(got, "mse_loss(P, T) for a (2, 2) batch")
    assert_close(value, 1.25, **TOL, name="mse_loss(P, T) for a (2, 2) batch")


@pytest.mark.parametrize("case", CASES)
def test_loss_matches_reference(case):
    """mse_loss matches mean((pred - target)^2) over all entries ({case})"""
    p, t = CASES[case]
    assert_close(call_loss(p, t), ref_loss(p, t), **TOL, name="mse_loss(pred, target)")


def test_loss_squares_before_averaging():
    """Errors of +1 and -1 do not cancel: mse_loss([1, -1], [0, 0]) = 1"""
    value = as_scalar(call_loss([1.0, -1.0], [0.0, 0.0]), "mse_loss([1, -1], [0, 0])")
    assert abs(value) > 1e-6, (
        "mse_loss([1, -1], [0, 0]) came out as 0, but both predictions miss by 1, so the loss is 1. "
        "Square each residual first, then average: mean((pred - target) ** 2), not mean(pred - target) ** 2."
    )
    assert_close(value, 1.0, **TOL, name="mse_loss([1, -1], [0, 0])")


def test_loss_is_a_mean():
    """mse_loss averages over entries: repeating the data leaves it unchanged"""
    p, t = CASES["2-D batch (4, 3)"]
    once = as_scalar(call_loss(p, t), "loss of the batch")
    twice = as_scalar(call_loss(np.concatenate([p, p]), np.concatenate([t, t])), "loss of the batch repeated twice")
    assert abs(twice - once) <= 1e-6 * max(1.0, abs(once)), (
        f"the loss of a batch is {once:.6g} but the loss of the same batch repeated twice is {twice:.6g}; "
        "they should be equal, because the loss is the mean (not the sum) of the squared errors"
    )


def test_loss_zero_for_perfect_predictions():
    """mse_loss is 0 when pred equals target"""
    p = CASES["3-D batch (2, 3, 5)"][0]
    assert_close(call_loss(p, p.copy()), 0.0, **TOL, name="mse_loss(x, x)")


# ---------- mse_loss_grad ----------


def test_grad_worked_example():
    """mse_loss_grad([2.5, 0, 2], [3, -0.5, 2]) = [-1/3, 1/3, 0]"""
    got = as_array(call_grad(PRED, TARGET), "mse_loss_grad(pred, target)", shape=(3,))
    if np.allclose(got, [-0.5 / 3, 0.5 / 3, 0.0]):
        raise AssertionError(
            f"mse_loss_grad gave {got}, which is (pred - target) / N: the derivative of r^2 is 2 r, "
            "so the gradient is 2 * (pred - target) / N"
        )
    assert_close(got, [-1 / 3, 1 / 3, 0.0], **TOL, name="mse_loss_grad([2.5, 0, 2], [3, -0.5, 2])")


def test_grad_divides_by_all_entries():
    """For a (2, 2) batch the gradient divides by N = 4 entries, not by 2 rows"""
    got = as_array(call_grad(P2, T2), "mse_loss_grad(P, T)", shape=(2, 2))
    if np.allclose(got, 2.0 * (P2 - T2) / 2):
        raise AssertionError(
            f"mse_loss_grad gave\n{got}\nwhich divides by 2 (the number of rows): the loss averages over all "
            "4 entries, so divide by pred.size, not len(pred)"
        )
    if np.allclose(got, 2.0 * (P2 - T2)):
        raise AssertionError(
            f"mse_loss_grad gave\n{got}\nwhich is 2 * (pred - target) without the 1/N of the mean: "
            "divide by pred.size (here 4)"
        )
    assert_close(got, [[0.5, 0.0], [-1.0, 0.0]], **TOL, name="mse_loss_grad(P, T)")


@pytest.mark.parametrize("case", CASES)
def test_grad_matches_reference(case):
    """mse_loss_grad equals 2 (pred - target) / pred.size, same shape as pred ({case})"""
    p, t = CASES[case]
    assert_close(call_grad(p, t), ref_grad(p, t), **TOL, name="mse_loss_grad(pred, target)")


def test_grad_matches_finite_differences():
    """mse_loss_grad matches finite differences of the loss (a (3, 4) batch)"""
    p = np.random.default_rng(8).normal(size=(3, 4))
    t = np.random.default_rng(9).normal(size=(3, 4))
    numeric = numerical_gradient(lambda v: ref_loss(v, t), p)
    got = as_array(call_grad(p, t), "mse_loss_grad(pred, target)", shape=p.shape)
    if np.allclose(got, -numeric, atol=1e-6):
        raise AssertionError(
            "mse_loss_grad has the wrong sign: it is the gradient with respect to the target. "
            "The gradient with respect to pred is 2 * (pred - target) / N, positive where pred is too large."
        )
    assert_close(got, numeric, atol=1e-6, rtol=1e-5, name="mse_loss_grad(pred, target)")


def test_does_not_modify_inputs():
    """Neither function changes pred or target"""
    p, t = P2.copy(), T2.copy()
    mse_loss(p, t)
    mse_loss_grad(p, t)
    assert np.array_equal(p, P2) and np.array_equal(t, T2), (
        f"pred and target should be unchanged, but they are now\n{p}\nand\n{t}\n"
        "Compute the residual into a new array (pred - target), not with pred -= target."
    )
