import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import cross_entropy_grad


def loss(z, y):
    z = np.asarray(z, dtype=float)
    m = z.max()
    return -(z[y] - m) + np.log(np.exp(z - m).sum())


def reference(z, y):
    z = np.asarray(z, dtype=float)
    p = np.exp(z - z.max())
    p /= p.sum()
    p[y] -= 1.0
    return p


# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)

CASES = {
    "3 zero logits": (np.zeros(3), 1),
    "mixed signs": (np.array([0.5, -1.2, 3.0, 0.0]), 2),
    "10 random": (np.random.default_rng(0).normal(size=10), 7),
}


def test_worked_example():
    """Zero logits with target 1 give [1/3, -2/3, 1/3]"""
    assert_close(cross_entropy_grad(np.zeros(3), 1), [1 / 3, -2 / 3, 1 / 3], **TOL, name="cross_entropy_grad(zeros(3), 1)")


@pytest.mark.parametrize("case", CASES)
def test_output_shape(case):
    """Output has the same shape as the logits ({case})"""
    z, y = CASES[case]
    as_array(cross_entropy_grad(z, y), "gradient", shape=z.shape)


@pytest.mark.parametrize("case", CASES)
def test_matches_softmax_minus_onehot(case):
    """Equals softmax(z) - onehot(y) ({case})"""
    z, y = CASES[case]
    assert_close(cross_entropy_grad(z.copy(), y), reference(z, y), **TOL, name="gradient")


def test_matches_finite_differences():
    """Matches a finite-difference gradient of the loss"""
    z = np.random.default_rng(1).normal(size=6)
    numeric = numerical_gradient(lambda v: loss(v, 4), z)
    assert_close(cross_entropy_grad(z.copy(), 4), numeric, atol=1e-3, rtol=0, name="gradient")


def test_sums_to_zero():
    """Gradient sums to ~0"""
    g = as_array(cross_entropy_grad(np.random.default_rng(2).normal(size=8) * 3, 5), "gradient", shape=(8,))
    assert abs(g.sum()) < 1e-6, f"the gradient should sum to 0 (probabilities and one-hot both sum to 1), but it sums to {g.sum():.6g}"


def test_signs():
    """Target coordinate negative, all others positive"""
    g = as_array(cross_entropy_grad(np.array([1.0, 4.0, -2.0, 0.5]), 2), "gradient", shape=(4,))
    assert g[2] < 0, f"the target's entry should be negative (p_y - 1), got {g[2]:.6g}"
    others = np.delete(g, 2)
    assert (others > 0).all(), f"every non-target entry should be positive (p_i), got {others}"


def test_stable_for_large_logits():
    """Stable for logits like [1000, 1001, 1002]"""
    z = np.array([1000.0, 1001.0, 1002.0])
    g = cross_entropy_grad(z.copy(), 0)
    assert_finite(g, "gradient")
    assert_close(g, reference(z, 0), **TOL, name="gradient")
    # A vector whose entries span 2000: only a shift by the MAXIMUM keeps every exponent <= 0.
    wide = np.array([-1000.0, 0.0, 1000.0])
    g = cross_entropy_grad(wide.copy(), 1)
    assert_finite(g, "gradient for logits [-1000, 0, 1000] (only a shift by the maximum keeps every exponent <= 0)")
    assert_close(g, reference(wide, 1), **TOL, name="gradient for logits [-1000, 0, 1000]")


def test_does_not_modify_input():
    """Leaves the logits array unchanged"""
    z = np.array([0.1, 0.2, 0.3])
    cross_entropy_grad(z, 1)
    assert_close(z, [0.1, 0.2, 0.3], name="logits after the call")
