import math

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import kl_divergence

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)
LOG2 = math.log(2.0)
LOG_5_3 = math.log(5.0 / 3.0)


def reference(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    terms = np.zeros_like(p)
    m = p > 0
    with np.errstate(divide="ignore"):
        terms[m] = p[m] * (np.log(p[m]) - np.log(q[m]))
    return float(terms.sum(axis=-1).mean())


def distributions(rng, shape, zeros=False):
    w = rng.random(shape) ** 2 + 0.01
    if zeros:
        w[rng.random(shape) < 0.3] = 0.0
        w[..., 0] += 0.5  # every slice keeps some mass
    return w / w.sum(axis=-1, keepdims=True)


_rng = np.random.default_rng(21)
CASES = {
    "1-D, 6 outcomes": (distributions(_rng, (6,), zeros=True), distributions(_rng, (6,))),
    "batch (4, 5)": (distributions(_rng, (4, 5), zeros=True), distributions(_rng, (4, 5))),
    "square batch (3, 3)": (distributions(_rng, (3, 3)), distributions(_rng, (3, 3))),
    "3-D batch (2, 3, 4)": (distributions(_rng, (2, 3, 4), zeros=True), distributions(_rng, (2, 3, 4))),
}


def call(p, q):
    return kl_divergence(np.array(p, dtype=float), np.array(q, dtype=float))


def value_of(p, q, name):
    return as_scalar(call(p, q), name)


def test_worked_example():
    """KL([0.5, 0.5] || [0.9, 0.1]) = log(5/3) = 0.51083"""
    got = value_of([0.5, 0.5], [0.9, 0.1], "kl_divergence([0.5, 0.5], [0.9, 0.1])")
    if abs(got - 0.36806420716849714) < 1e-6:
        raise AssertionError(
            f"kl_divergence([0.5, 0.5], [0.9, 0.1]) is {got:.6g}, which is KL(q || p): the arguments are swapped. "
            "KL(p || q) = sum p * log(p / q), with p outside the log and p / q inside."
        )
    if abs(got - LOG_5_3 / LOG2) < 1e-6:
        raise AssertionError(
            f"kl_divergence([0.5, 0.5], [0.9, 0.1]) is {got:.6g}, which is log(5/3) in bits: use the natural log, np.log"
        )
    if abs(got + LOG_5_3) < 1e-6:
        raise AssertionError(
            f"kl_divergence([0.5, 0.5], [0.9, 0.1]) is {got:.6g}, the negative of the expected log(5/3): "
            "the term is p * log(p / q), not p * log(q / p)"
        )
    assert_close(got, LOG_5_3, **TOL, name="kl_divergence([0.5, 0.5], [0.9, 0.1])")


def test_not_symmetric():
    """KL([0.9, 0.1] || [0.5, 0.5]) = 0.36806: the order of the arguments matters"""
    got = value_of([0.9, 0.1], [0.5, 0.5], "kl_divergence([0.9, 0.1], [0.5, 0.5])")
    assert_close(got, 0.36806420716849714, **TOL, name="kl_divergence([0.9, 0.1], [0.5, 0.5])")


def test_returns_one_float():
    """A (4, 5) batch gives a single float, not one divergence per row"""
    p, q = CASES["batch (4, 5)"]
    as_scalar(call(p, q), "kl_divergence(p, q) for a (4, 5) batch")


@pytest.mark.parametrize("case", CASES)
def test_matches_reference(case):
    """Matches sum p log(p/q) along the last axis, averaged over the rest ({case})"""
    p, q = CASES[case]
    assert_close(call(p, q), reference(p, q), **TOL, name="kl_divergence(p, q)")


def test_sum_over_outcomes_mean_over_distributions():
    """Two rows [1, 0, 0, 0] against uniform q each give log 4: the batch's KL is log 4"""
    p = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]])
    q = np.full((2, 4), 0.25)
    got = value_of(p, q, "kl_divergence(p, q) for two rows")
    log4 = math.log(4.0)
    if abs(got - log4 / 4) < 1e-6:
        raise AssertionError(
            f"kl_divergence gave {got:.6g} = log(4) / 4: that averages over all 8 entries. "
            "Sum the terms along the last axis (one divergence per distribution), then average those."
        )
    if abs(got - 2 * log4) < 1e-6:
        raise AssertionError(
            f"kl_divergence gave {got:.6g} = 2 log(4): that sums over the batch too. "
            "Average the per-distribution divergences over the leading axes."
        )
    assert_close(got, log4, **TOL, name="kl_divergence(p, q) for two rows")


def test_identical_distributions():
    """KL(p || p) = 0"""
    p = CASES["batch (4, 5)"][0]
    assert_close(call(p, p), 0.0, **TOL, name="kl_divergence(p, p)")


def test_zero_p_terms_contribute_nothing():
    """KL([1, 0, 0] || [0.5, 0.25, 0.25]) = log 2: terms with p = 0 add 0, not nan"""
    got = value_of([1.0, 0.0, 0.0], [0.5, 0.25, 0.25], "kl_divergence([1, 0, 0], [0.5, 0.25, 0.25])")
    if math.isnan(got):
        raise AssertionError(
            "kl_divergence([1, 0, 0], [0.5, 0.25, 0.25]) is nan: a term with p = 0 computed 0 * log(0) = 0 * -inf. "
            "Compute the terms only where p > 0 and leave the others at 0."
        )
    assert_close(got, LOG2, **TOL, name="kl_divergence([1, 0, 0], [0.5, 0.25, 0.25])")


def test_zero_in_both():
    """An outcome with p = 0 and q = 0 adds 0: KL([0.5, 0.5, 0] || [0.5, 0.5, 0]) = 0"""
    got = value_of([0.5, 0.5, 0.0], [0.5, 0.5, 0.0], "kl_divergence([0.5, 0.5, 0], [0.5, 0.5, 0])")
    if math.isnan(got):
        raise AssertionError(
            "kl_divergence([0.5, 0.5, 0], [0.5, 0.5, 0]) is nan: the last term is 0 * log(0 / 0). "
            "Terms with p = 0 contribute 0 whatever q is: skip them (mask with p > 0)."
        )
    assert_close(got, 0.0, **TOL, name="kl_divergence([0.5, 0.5, 0], [0.5, 0.5, 0])")


def _assert_inf(got, name):
    assert math.isinf(got) and got > 0, (
        f"{name} should be inf (p > 0 where q = 0: q rules out an outcome that happens), got {got:.6g}. "
        + ("A term with p > 0 and q = 0 is p * log(p / 0) = +inf, and so is the sum." if math.isfinite(got) else "")
    )


def test_infinite_when_q_rules_out_an_outcome():
    """KL([0.5, 0.5] || [1, 0]) = inf"""
    got = value_of([0.5, 0.5], [1.0, 0.0], "kl_divergence([0.5, 0.5], [1, 0])")
    _assert_inf(got, "kl_divergence([0.5, 0.5], [1, 0])")


def test_infinite_row_makes_the_mean_infinite():
    """A batch with one infinite row has infinite mean KL, not nan"""
    p = np.array([[0.5, 0.5, 0.0], [0.2, 0.3, 0.5], [0.0, 1.0, 0.0]])
    q = np.array([[0.5, 0.5, 0.0], [0.5, 0.5, 0.0], [0.0, 1.0, 0.0]])
    got = value_of(p, q, "kl_divergence(p, q)")
    _assert_inf(got, "kl_divergence of a batch whose second row has p = 0.5 where q = 0")


def test_tiny_q_is_exact():
    """KL([0.5, 0.5] || [1, 1e-20]) = 10 log 10 - log 2 exactly (no clipping of q)"""
    got = value_of([0.5, 0.5], [1.0, 1e-20], "kl_divergence([0.5, 0.5], [1, 1e-20])")
    expected = 10 * math.log(10.0) - LOG2
    if math.isfinite(got) and abs(got - expected) > 1e-3:
        raise AssertionError(
            f"kl_divergence([0.5, 0.5], [1, 1e-20]) should be {expected:.6g}, got {got:.6g}. "
            "q = 1e-20 is tiny but not zero: its term 0.5 * log(0.5 / 1e-20) counts in full."
        )
    assert_close(got, expected, **TOL, name="kl_divergence([0.5, 0.5], [1, 1e-20])")


def test_non_negative():
    """KL(p || q) >= 0 for 20 random pairs of distributions"""
    rng = np.random.default_rng(5)
    p, q = distributions(rng, (20, 6), zeros=True), distributions(rng, (20, 6))
    for i in range(20):
        got = value_of(p[i], q[i], f"kl_divergence(p[{i}], q[{i}])")
        assert got >= -1e-7, (
            f"kl_divergence(p[{i}], q[{i}]) = {got:.6g} is negative, but KL divergence is never negative. "
            "(it is sum p * log(p / q) >= 0)."
        )


def test_does_not_modify_inputs():
    """Leaves p and q unchanged"""
    p = np.array([[0.5, 0.5, 0.0], [0.1, 0.2, 0.7]])
    q = np.array([[0.25, 0.25, 0.5], [0.0, 0.5, 0.5]])
    before = p.copy(), q.copy()
    kl_divergence(p, q)
    assert np.array_equal(p, before[0]) and np.array_equal(q, before[1]), (
        f"kl_divergence changed its inputs; p and q are now\n{p}\n{q}\n"
        "Compute into new arrays instead of editing p or q in place (e.g. no q[q == 0] = eps)."
    )
