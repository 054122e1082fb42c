import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, numerical_gradient
from solution import huber_loss, huber_loss_grad

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)


def ref_per_entry(p, t, delta=1.0):
    r = np.asarray(p, dtype=float) - np.asarray(t, dtype=float)
    a = np.abs(r)
    return np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))


def ref_loss(p, t, delta=1.0):
    return float(ref_per_entry(p, t, delta).mean())


def ref_grad(p, t, delta=1.0):
    r = np.asarray(p, dtype=float) - np.asarray(t, dtype=float)
    return np.clip(r, -delta, delta) / r.size


def away_from_boundary(shape, delta, seed):
    """Residuals in both regions, none within 0.05 of |r| = delta (where the slope has a kink)."""
    rng = np.random.default_rng(seed)
    r = rng.normal(size=shape) * 2 * delta
    near = np.abs(np.abs(r) - delta) < 0.05 * delta
    r[near] += 0.2 * delta * np.sign(r[near])
    t = rng.normal(size=shape)
    return t + r, t


PRED = np.array([0.5, 3.0, -2.0, 1.0])
TARGET = np.zeros(4)

CASES = {
    "1-D, 9 values": away_from_boundary((9,), 1.0, 1),
    "2-D batch (4, 3)": away_from_boundary((4, 3), 1.0, 2),
    "3-D batch (2, 3, 4)": away_from_boundary((2, 3, 4), 1.0, 3),
}


def call_loss(p, t, *delta):
    return huber_loss(np.array(p, dtype=float), np.array(t, dtype=float), *delta)


def call_grad(p, t, *delta):
    return huber_loss_grad(np.array(p, dtype=float), np.array(t, dtype=float), *delta)


# ---------- huber_loss ----------


def test_loss_worked_example():
    """Residuals [0.5, 3, -2, 1] with delta = 1 give 1.15625"""
    assert_close(call_loss(PRED, TARGET), 1.15625, **TOL, name="huber_loss([0.5, 3, -2, 1], zeros(4))")


def test_loss_returns_one_float():
    """huber_loss of a (4, 3) batch is a single float"""
    p, t = CASES["2-D batch (4, 3)"]
    as_scalar(call_loss(p, t), "huber_loss(pred, target) for a (4, 3) batch")


@pytest.mark.parametrize("case", CASES)
def test_loss_matches_reference(case):
    """huber_loss matches the mean of the two-piece formula ({case})"""
    p, t = CASES[case]
    assert_close(call_loss(p, t), ref_loss(p, t), **TOL, name="huber_loss(pred, target)")


def test_loss_quadratic_region():
    """Small residuals [0.1, -0.4, 0.8] are in the quadratic region: mean of r^2 / 2"""
    r = np.array([0.1, -0.4, 0.8])
    got = as_scalar(call_loss(r, np.zeros(3)), "huber_loss([0.1, -0.4, 0.8], zeros(3))")
    expected = float(np.mean(0.5 * r * r))
    if abs(got - 2 * expected) < 1e-6:
        raise AssertionError(
            f"huber_loss([0.1, -0.4, 0.8], zeros(3)) is {got:.6g}, twice the expected {expected:.6g}: "
            "the quadratic piece is 0.5 * r**2, not r**2"
        )
    assert_close(got, expected, **TOL, name="huber_loss([0.1, -0.4, 0.8], zeros(3))")


def test_loss_linear_region():
    """Large residuals [100, -5] are in the linear region: (99.5 + 4.5) / 2 = 52"""
    got = as_scalar(call_loss([100.0, -5.0], [0.0, 0.0]), "huber_loss([100, -5], [0, 0])")
    if abs(got - 52.5) < 1e-6:
        raise AssertionError(
            "huber_loss([100, -5], [0, 0]) is 52.5 = mean(|r|), but it should be 52: the linear piece is "
            "delta * (|r| - 0.5 * delta); the -0.5 * delta makes it meet 0.5 * r**2 at |r| = delta"
        )
    assert_close(got, 52.0, **TOL, name="huber_loss([100, -5], [0, 0])")


@pytest.mark.parametrize("delta", [0.5, 2.0])
def test_loss_uses_delta(delta):
    """delta = {delta} moves the switch point and scales the linear piece"""
    p, t = away_from_boundary((3, 5), delta, 4)
    assert_close(call_loss(p, t, delta), ref_loss(p, t, delta), **TOL, name=f"huber_loss(pred, target, delta={delta})")


def test_loss_default_delta_is_one():
    """delta defaults to 1.0"""
    got = huber_loss(PRED.copy(), TARGET.copy())
    assert_close(got, 1.15625, **TOL, name="huber_loss(pred, target) with the default delta")


def test_loss_at_the_boundary():
    """At |r| = delta both pieces agree: residuals [-2, 2] with delta = 2 give 2"""
    got = call_loss([-2.0, 2.0], [0.0, 0.0], 2.0)
    assert_close(got, 2.0, **TOL, name="huber_loss([-2, 2], [0, 0], delta=2)")


def test_loss_is_a_mean():
    """huber_loss averages over entries: repeating the data leaves it unchanged"""
    p, t = CASES["1-D, 9 values"]
    once = as_scalar(call_loss(p, t), "loss of 9 values")
    twice = as_scalar(call_loss(np.tile(p, 2), np.tile(t, 2)), "loss of the same values repeated twice")
    assert abs(twice - once) <= 1e-6 * max(1.0, abs(once)), (
        f"the loss of 9 values is {once:.6g} but the loss of the same values repeated twice is {twice:.6g}; "
        "they should be equal, because the loss is the mean (not the sum) over the entries"
    )


# ---------- huber_loss_grad ----------


def test_grad_worked_example():
    """Gradient for residuals [0.5, 3, -2, 1], delta = 1 is [0.125, 0.25, -0.25, 0.25]"""
    got = as_array(call_grad(PRED, TARGET), "huber_loss_grad(pred, target)", shape=(4,))
    if np.allclose(got, [0.5, 1.0, -1.0, 1.0]):
        raise AssertionError(
            f"huber_loss_grad gave {got}, the clipped residual without the 1/N of the mean: divide by pred.size (here 4)"
        )
    assert_close(got, [0.125, 0.25, -0.25, 0.25], **TOL, name="huber_loss_grad([0.5, 3, -2, 1], zeros(4))")


@pytest.mark.parametrize("case", CASES)
def test_grad_matches_finite_differences(case):
    """huber_loss_grad matches finite differences of the mean loss ({case})"""
    p, t = CASES[case]
    numeric = numerical_gradient(lambda v: ref_loss(v, t), p)
    assert_close(call_grad(p, t), numeric, atol=1e-6, rtol=1e-5, name="huber_loss_grad(pred, target)")


@pytest.mark.parametrize("delta", [0.5, 2.0])
def test_grad_uses_delta(delta):
    """Gradient with delta = {delta} is clip(r, -delta, delta) / N"""
    p, t = away_from_boundary((3, 5), delta, 5)
    got = as_array(call_grad(p, t, delta), f"huber_loss_grad(pred, target, delta={delta})", shape=p.shape)
    assert_close(got, ref_grad(p, t, delta), **TOL, name=f"huber_loss_grad(pred, target, delta={delta})")


def test_grad_outliers_have_bounded_pull():
    """Outliers pull with +-delta / N whatever their size, and keep their sign"""
    got = as_array(call_grad([1e6, -30.0, 0.2], [0.0, 0.0, 0.0], 1.0), "huber_loss_grad([1e6, -30, 0.2], zeros(3))", shape=(3,))
    if np.allclose(got, [1 / 3, 1 / 3, 0.2 / 3]):
        raise AssertionError(
            f"huber_loss_grad gave {got}: the residual -30 got +delta / N, the residual 1e6 the same. "
            "Outside the band the slope is delta * sign(r), so -30 gets -delta / N."
        )
    assert_close(got, [1 / 3, -1 / 3, 0.2 / 3], **TOL, name="huber_loss_grad([1e6, -30, 0.2], zeros(3))")


def test_grad_at_the_boundary():
    """At |r| = delta the gradient is +-delta / N (either branch gives it)"""
    got = call_grad([-2.0, 2.0, 0.0], [0.0, 0.0, 0.0], 2.0)
    assert_close(got, [-2 / 3, 2 / 3, 0.0], **TOL, name="huber_loss_grad([-2, 2, 0], zeros(3), delta=2)")


def test_does_not_modify_inputs():
    """Neither function changes pred or target"""
    p, t = PRED.copy(), np.array([0.0, 1.0, 0.0, -1.0])
    huber_loss(p, t, 1.5)
    huber_loss_grad(p, t, 1.5)
    assert np.array_equal(p, PRED) and np.array_equal(t, [0.0, 1.0, 0.0, -1.0]), (
        f"pred and target should be unchanged, but they are now\n{p}\nand\n{t}\n"
        "Compute the residual into a new array (pred - target), not with pred -= target."
    )
