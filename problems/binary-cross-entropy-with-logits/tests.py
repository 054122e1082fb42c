import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close, assert_finite, numerical_gradient
from solution import bce_with_logits


def per_element(x, t):
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
    return np.maximum(x, 0.0) - x * t + np.log1p(np.exp(-np.abs(x)))


def reference(x, t):
    return float(per_element(x, t).mean())


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))


def call(x, t):
    return bce_with_logits(np.array(x, dtype=float), np.array(t, dtype=float))


_rng = np.random.default_rng(5)
CASES = {
    "hard targets, 8 values": (_rng.normal(size=8) * 3, (_rng.random(8) < 0.5).astype(float)),
    "soft targets, 10 values": (_rng.normal(size=10) * 3, _rng.random(10)),
    "2-D batch of shape (3, 4)": (_rng.normal(size=(3, 4)) * 3, _rng.random((3, 4))),
    "a single value": (np.array([-1.5]), np.array([1.0])),
}

LARGE = {
    "logit -1e4, target 1": (-1e4, 1.0, 1e4),
    "logit 1e4, target 0": (1e4, 0.0, 1e4),
    "logit 1e4, target 1": (1e4, 1.0, 0.0),
    "logit -1e4, target 0": (-1e4, 0.0, 0.0),
    "logit 40, target 0": (40.0, 0.0, 40.0),
    "logit -800, target 0.5": (-800.0, 0.5, 400.0),
    # Tiny but representable losses: log(1 + e^-30) = 9.357623e-14, to be given to 6 digits, not
    # rounded to 0 (log(1 + e^-x) without log1p loses them).
    "logit 30, target 1": (30.0, 1.0, 9.357622968840175e-14),
    "logit -35, target 0": (-35.0, 0.0, 6.305116760146989e-16),
    "logit 40, target 1": (40.0, 1.0, 4.248354255291589e-18),
}


def test_worked_example():
    """Zero logits give log 2 whatever the targets"""
    assert_close(call(np.zeros(3), [0.0, 1.0, 0.5]), 0.6931471805599453, name="bce_with_logits(zeros(3), [0, 1, 0.5])")


def test_returns_single_float():
    """Returns one float for a 2-D batch"""
    x, t = CASES["2-D batch of shape (3, 4)"]
    as_scalar(call(x, t), "the loss")


@pytest.mark.parametrize("case", CASES)
def test_matches_reference(case):
    """Matches the mean binary cross-entropy ({case})"""
    x, t = CASES[case]
    assert_close(call(x, t), reference(x, t), name="the loss")


@pytest.mark.parametrize("case", LARGE)
def test_exact_for_large_logits(case):
    """Finite and exact for large logits: {case}"""
    x, t, expected = LARGE[case]
    got = as_scalar(call([x], [t]), f"bce_with_logits([{x:g}], [{t:g}])")
    assert_finite(got, f"bce_with_logits([{x:g}], [{t:g}])")
    # Relative: the statement promises about 6 significant digits, however small the loss.
    assert_close(got, expected, rtol=1e-6, atol=1e-300, name=f"bce_with_logits([{x:g}], [{t:g}])")


def test_mixed_large_batch():
    """A batch mixing logits of +-1e4, +-40 and 0 averages correctly"""
    x = np.array([[1e4, -1e4, 40.0], [-40.0, 0.0, 1e4]])
    t = np.array([[1.0, 1.0, 0.0], [0.0, 0.5, 0.25]])
    # per element: 0, 1e4, 40, 0, log 2, 7500
    expected = (1e4 + 40.0 + np.log(2.0) + 7500.0) / 6
    assert_close(call(x, t), expected, name="the loss")


def test_mean_over_elements():
    """Averages over all elements: repeating the data keeps the loss"""
    x, t = CASES["soft targets, 10 values"]
    once = as_scalar(call(x, t), "loss on 10 values")
    twice = as_scalar(call(np.tile(x, 3), np.tile(t, 3)), "loss on the same 10 values repeated 3 times")
    assert abs(once - twice) <= 1e-6 * max(1.0, abs(once)), (
        f"repeating the data should not change a mean, but the loss went from {once:.6g} (10 values) to "
        f"{twice:.6g} (30 values). Return the mean of the per-element losses, not their sum."
    )


def test_slope_matches_sigmoid_minus_target():
    """Slope in each logit is (sigmoid(x) - t) / N, with soft targets"""
    x = np.array([-2.0, -0.5, 0.3, 1.7, 4.0])
    t = np.array([0.1, 1.0, 0.0, 0.75, 0.5])
    # A wide step and a loose tolerance: float32 arithmetic inside the loss must pass too.
    numeric = numerical_gradient(lambda v: bce_with_logits(v, t.copy()), x, eps=1e-3)
    assert_close(numeric, (sigmoid(x) - t) / x.size, atol=2e-4, rtol=0,
                 name="finite-difference slope of your loss")


def test_label_flip_symmetry():
    """Flipping the logit's sign and the target (t -> 1 - t) gives the same loss"""
    x, t = CASES["soft targets, 10 values"]
    a = as_scalar(call(x, t), "loss(x, t)")
    b = as_scalar(call(-x, 1.0 - t), "loss(-x, 1 - t)")
    assert abs(a - b) <= 1e-6 * max(1.0, abs(a)), (
        f"sigma(-x) = 1 - sigma(x), so loss(-x, 1 - t) must equal loss(x, t), but got {b:.10g} and {a:.10g}"
    )


def test_does_not_modify_inputs():
    """Leaves the logits and targets arrays unchanged"""
    x = np.array([-3.0, 0.5, 2.0, -1e4])
    t = np.array([1.0, 0.0, 0.3, 1.0])
    bce_with_logits(x, t)
    assert_close(x, [-3.0, 0.5, 2.0, -1e4], name="logits after the call")
    assert_close(t, [1.0, 0.0, 0.3, 1.0], name="targets after the call")
