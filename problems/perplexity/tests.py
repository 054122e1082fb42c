import math

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close, assert_finite
from solution import perplexity

# The statement asks for about 9 significant digits, even for logits of size 1e4.
TOL = dict(rtol=1e-9, atol=0.0)


def ref_cross_entropies(z, t):
    z = np.asarray(z, dtype=float)
    s = z - z.max(axis=-1, keepdims=True)
    return np.log(np.exp(s).sum(axis=-1)) - s[np.arange(len(s)), t]


def reference(z, t):
    return float(np.exp(ref_cross_entropies(z, t).mean()))


_rng = np.random.default_rng(17)
CASES = {
    "T=6, V=10": (_rng.normal(size=(6, 10)) * 2, _rng.integers(0, 10, size=6)),
    "one token, V=5": (_rng.normal(size=(1, 5)) * 2, np.array([3])),
    "square T=V=3": (_rng.normal(size=(3, 3)) * 2, np.array([2, 0, 1])),
    "T=12, V=4": (_rng.normal(size=(12, 4)) * 3, _rng.integers(0, 4, size=12)),
}


def call(z, t):
    return perplexity(np.array(z, dtype=float), np.array(t))


def value_of(z, t, name):
    return as_scalar(call(z, t), name)


def test_uniform_worked_example():
    """Uniform logits over V = 4 tokens give perplexity 4"""
    assert_close(call(np.zeros((3, 4)), [0, 3, 1]), 4.0, **TOL, name="perplexity(zeros((3, 4)), [0, 3, 1])")


def test_uniform_large_vocabulary():
    """Uniform logits over V = 50 tokens give perplexity 50, whatever the targets"""
    got = value_of(np.full((5, 50), 3.0), [0, 49, 7, 7, 20], "perplexity of uniform logits, V = 50")
    if abs(got - 2 ** math.log(50)) < 1e-6:
        raise AssertionError(
            f"perplexity of uniform logits over 50 tokens is {got:.6g} instead of 50: that is 2 ** (cross-entropy in nats). "
            "Use np.exp with natural-log cross-entropies (or 2 ** with log2 ones), not a mix."
        )
    assert_close(got, 50.0, **TOL, name="perplexity of uniform logits, V = 50")


def test_exp_of_mean_not_mean_of_exp():
    """logits [[2, 0], [0, 2]], targets [0, 0]: exp of the mean cross-entropy, 3.08616"""
    got = value_of([[2.0, 0.0], [0.0, 2.0]], [0, 0], "perplexity([[2, 0], [0, 2]], [0, 0])")
    ce = ref_cross_entropies(np.array([[2.0, 0.0], [0.0, 2.0]]), np.array([0, 0]))
    if abs(got - float(np.exp(ce).mean())) < 1e-6:
        raise AssertionError(
            f"perplexity([[2, 0], [0, 2]], [0, 0]) is {got:.6g}, the mean of the per-token exp(cross-entropy). "
            f"Perplexity is exp of the mean cross-entropy: exp(({ce[0]:.4f} + {ce[1]:.4f}) / 2) = 3.08616."
        )
    if abs(got - float(np.exp(ce.sum()))) < 1e-6:
        raise AssertionError(
            f"perplexity([[2, 0], [0, 2]], [0, 0]) is {got:.6g} = exp(sum of cross-entropies): average over the tokens first"
        )
    if abs(got - float(ce.mean())) < 1e-6:
        raise AssertionError(
            f"perplexity([[2, 0], [0, 2]], [0, 0]) is {got:.6g}, the mean cross-entropy itself: apply np.exp to it"
        )
    assert_close(got, 3.0861612696304883, **TOL, name="perplexity([[2, 0], [0, 2]], [0, 0])")


def test_returns_one_float():
    """Returns a single float for a whole sequence"""
    z, t = CASES["T=6, V=10"]
    as_scalar(call(z, t), "perplexity(logits, targets)")


@pytest.mark.parametrize("case", CASES)
def test_matches_reference(case):
    """Matches exp(mean(logsumexp(z_t) - z_t[y_t])) ({case})"""
    z, t = CASES[case]
    assert_close(call(z, t), reference(z, t), **TOL, name="perplexity(logits, targets)")


def test_is_a_mean_over_tokens():
    """Repeating the sequence leaves the perplexity unchanged"""
    z, t = CASES["T=6, V=10"]
    once = value_of(z, t, "perplexity of the sequence")
    twice = value_of(np.concatenate([z, z]), np.concatenate([t, t]), "perplexity of the sequence repeated twice")
    assert abs(twice - once) <= 1e-9 * once, (
        f"the perplexity of a sequence is {once:.6g} but that of the same sequence repeated twice is {twice:.6g}; "
        "they should be equal, because the cross-entropy is averaged (not summed) over the tokens"
    )


def test_certain_and_right_is_one():
    """A model certain of the right token (margin 1e4) has perplexity 1"""
    got = value_of([[5.0, 1e4, -1e4], [1e4, 0.0, 0.0]], [1, 0], "perplexity with margins of 1e4")
    assert_finite(got, "perplexity with margins of 1e4")
    assert_close(got, 1.0, **TOL, name="perplexity with margins of 1e4")


def test_exact_for_logits_near_1e4():
    """Exact for logits [1e4, 1e4 - 1, 1e4 - 2]: 1 + e^-1 + e^-2"""
    got = value_of([[1e4, 1e4 - 1.0, 1e4 - 2.0]], [0], "perplexity([[1e4, 1e4 - 1, 1e4 - 2]], [0])")
    assert_finite(got, "perplexity([[1e4, 1e4 - 1, 1e4 - 2]], [0])")
    assert_close(got, 1.0 + math.exp(-1.0) + math.exp(-2.0), **TOL, name="perplexity([[1e4, 1e4 - 1, 1e4 - 2]], [0])")


def test_exact_for_logits_near_minus_1e4():
    """Exact for logits like [-1e4, -1e4, -1e4, -1e4] (uniform, perplexity 4)"""
    got = value_of([[-1e4] * 4, [-1e4, -1e4 + 2.0, -1e4, -1e4]], [1, 1], "perplexity of rows near -1e4")
    assert_finite(got, "perplexity of rows near -1e4")
    expected = math.sqrt(4.0 * (1.0 + 3.0 * math.exp(-2.0)))
    assert_close(got, expected, **TOL, name="perplexity of rows near -1e4")


def test_rows_on_different_scales():
    """Rows near +1e4, 0 and -1e4 in one sequence: each row is shifted by its own maximum"""
    z = np.array([[1e4, 1e4 - 1.0, 1e4 - 2.0], [0.5, -1.0, 2.0], [-1e4, -1e4 - 1.0, -1e4]])
    t = np.array([1, 2, 0])
    got = value_of(z, t, "perplexity of rows near +1e4, 0 and -1e4")
    assert_finite(got, "perplexity of rows near +1e4, 0 and -1e4")
    assert_close(got, reference(z, t), **TOL, name="perplexity of rows near +1e4, 0 and -1e4")


def test_underflowing_probability():
    """A true token 1000 below the best one has cross-entropy 1000, not inf: perplexity e^100"""
    z = np.array([[0.0, 1000.0]] + [[5.0, 0.0]] * 9)
    t = np.zeros(10, dtype=int)
    got = value_of(z, t, "perplexity with one token of probability e^-1000")
    expected = math.exp((1000.0 + 9 * math.log1p(math.exp(-5.0))) / 10)
    assert_finite(got, "perplexity with one token of probability e^-1000")
    # The value a probability clipped at 1e-12 gives (its cross-entropy capped at 27.631); no other is blamed on it.
    clipped = math.exp((27.631021115928547 + 9 * math.log1p(math.exp(-5.0))) / 10)
    looks_clipped = abs(got - clipped) < 1e-3 * clipped
    assert not looks_clipped, (
        f"the perplexity should be about {expected:.4g}, but got {got:.4g}: the first token's cross-entropy is 1000, "
        "and a log of a probability clipped to 1e-12 caps it at 27.6. Compute it as logsumexp(z) - z[y]."
    )
    assert_close(got, expected, **TOL, name="perplexity with one token of probability e^-1000")


def test_does_not_modify_logits():
    """Leaves the logits array unchanged"""
    z = np.array([[1.0, 2.0, 3.0], [1e4, 0.0, -5.0]])
    before = z.copy()
    perplexity(z, np.array([2, 0]))
    assert np.array_equal(z, before), (
        f"perplexity() changed the caller's logits; they are now\n{z}\nCompute z - max into a new array."
    )
