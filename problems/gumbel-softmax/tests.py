import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import gumbel_softmax

TOL = dict(rtol=1e-6, atol=1e-12)


def reference(logits, temperature, seed):
    """The definition, entry by entry and row by row, from the uniforms of a twin generator."""
    z = np.asarray(logits, dtype=float)
    u = np.random.default_rng(seed).random(z.shape)
    rows_z, rows_u = z.reshape(-1, z.shape[-1]), u.reshape(-1, z.shape[-1])
    out = np.empty_like(rows_z)
    for i, (zr, ur) in enumerate(zip(rows_z, rows_u)):
        y = [(a - np.log(-np.log(b))) / temperature for a, b in zip(zr, ur)]
        m = max(y)
        e = [np.exp(v - m) for v in y]
        s = sum(e)
        out[i] = [v / s for v in e]
    return out.reshape(z.shape)


Z3 = np.array([1.0, 2.0, 3.0])
_rng = np.random.default_rng(31)
BATCH = _rng.normal(size=(6, 7)) * 2.0
SQUARE = _rng.normal(size=(5, 5)) * 2.0
CUBE = _rng.normal(size=(2, 3, 4)) * 2.0


def test_worked_example():
    """Worked example: logits [1, 2, 3], temperature 1, seed 0"""
    got = gumbel_softmax(Z3.copy(), 1.0, np.random.default_rng(0))
    assert_close(got, [0.33567984, 0.31414351, 0.35017666], rtol=1e-7, atol=1e-8, name="gumbel_softmax([1, 2, 3], 1.0, seed 0)")


@pytest.mark.parametrize("temperature", [0.1, 0.01])
def test_worked_example_low_temperature(temperature):
    """Worked example: logits [1, 2, 3] at temperature {temperature}, seed 0"""
    got = gumbel_softmax(Z3.copy(), temperature, np.random.default_rng(0))
    assert_close(got, reference(Z3, temperature, 0), **TOL, name=f"gumbel_softmax([1, 2, 3], {temperature}, seed 0)")


@pytest.mark.parametrize("temperature", [0.5, 1.0, 4.0])
def test_matches_definition_on_a_batch(temperature):
    """A (6, 7) batch at temperature {temperature} matches softmax((z + g) / T) row by row"""
    got = gumbel_softmax(BATCH.copy(), temperature, np.random.default_rng(9))
    assert_close(got, reference(BATCH, temperature, 9), **TOL, name=f"gumbel_softmax(batch, {temperature}, seed 9)")


def test_square_batch():
    """A square (5, 5) batch is normalised along the last axis"""
    got = gumbel_softmax(SQUARE.copy(), 0.7, np.random.default_rng(4))
    assert_close(got, reference(SQUARE, 0.7, 4), **TOL, name="gumbel_softmax(square batch, 0.7, seed 4)")


def test_three_dimensional_input():
    """Works along the last axis of a (2, 3, 4) array"""
    got = gumbel_softmax(CUBE.copy(), 0.8, np.random.default_rng(12))
    assert_close(got, reference(CUBE, 0.8, 12), **TOL, name="gumbel_softmax(cube, 0.8, seed 12)")


def test_rows_are_distributions():
    """Every row is non-negative and sums to 1"""
    got = as_array(gumbel_softmax(BATCH.copy(), 0.3, np.random.default_rng(2)), "gumbel_softmax(batch, 0.3)", shape=BATCH.shape)
    assert (got >= 0).all(), f"gumbel_softmax returned negative entries:\n{got}"
    assert_close(got.sum(axis=-1), np.ones(len(BATCH)), rtol=0, atol=1e-12, name="the row sums of gumbel_softmax(batch, 0.3)")


@pytest.mark.parametrize("shape", [(7,), (3, 4), (2, 2, 5)])
def test_draws_exactly_once(shape):
    """Draws exactly one rng.random(logits.shape) and nothing else (logits of shape {shape})"""
    z = np.zeros(shape)
    rng = np.random.default_rng(23)
    gumbel_softmax(z, 1.0, rng)
    twin = np.random.default_rng(23)
    twin.random(shape)
    after, expected = rng.random(3), twin.random(3)
    assert np.array_equal(after, expected), (
        f"after gumbel_softmax the generator is not where one call rng.random({shape}) leaves it: "
        f"its next numbers are {after}, expected {expected}"
    )


class ScriptedGenerator:
    """Stands in for a numpy Generator whose random(shape) (or uniform(size=shape)) returns chosen numbers."""

    def __init__(self, values):
        self.values = np.asarray(values, dtype=float)

    def random(self, size=None, dtype=np.float64, out=None):
        return self.values.reshape(size).copy()

    def uniform(self, low=0.0, high=1.0, size=None):
        return low + (high - low) * self.random(size)


def test_gumbel_noise_values():
    """The noise is g = -log(-log(u)): uniforms exp(-exp(-c)) for c = [0, 1, -1] give g = [0, 1, -1]"""
    c = np.array([0.0, 1.0, -1.0])
    u = np.exp(-np.exp(-c))  # [0.368, 0.692, 0.066]
    got = gumbel_softmax(np.zeros(3), 1.0, ScriptedGenerator(u))
    want = np.exp(c) / np.exp(c).sum()  # softmax(g) with g = c
    assert_close(got, want, rtol=1e-9, atol=1e-12, name="gumbel_softmax(zeros(3), 1.0) with u = exp(-exp(-[0, 1, -1]))")


def test_temperature_divides_logits_and_noise():
    """The temperature divides z + g: with z = [0, 0] the result is softmax(g / T)"""
    z = np.zeros((4, 2))
    u = np.random.default_rng(5).random((4, 2))
    g = -np.log(-np.log(u))
    y = g / 0.25
    e = np.exp(y - y.max(axis=-1, keepdims=True))
    got = gumbel_softmax(z, 0.25, np.random.default_rng(5))
    assert_close(got, e / e.sum(axis=-1, keepdims=True), **TOL, name="gumbel_softmax(zeros, 0.25, seed 5)")


def test_low_temperature_approaches_gumbel_max():
    """At temperature 0.01 with well separated z + g, each row is nearly the one-hot of argmax(z + g)"""
    z = np.array([[0.0, 5.0, 10.0], [10.0, 0.0, 5.0], [5.0, 10.0, 0.0]]) * 3
    got = as_array(gumbel_softmax(z.copy(), 0.01, np.random.default_rng(7)), "gumbel_softmax(z, 0.01)", shape=(3, 3))
    u = np.random.default_rng(7).random((3, 3))
    winner = np.argmax(z - np.log(-np.log(u)), axis=-1)
    assert_close(got, np.eye(3)[winner], rtol=0, atol=1e-9, name="gumbel_softmax(z, 0.01, seed 7)")


def test_stable_for_large_logits_and_low_temperature():
    """Stable for logits up to 1e4 with temperature 0.01: finite and correct"""
    z = np.array([[1e4, 1e4 - 0.5, -1e4, 1e4 + 0.3], [-1e4, -1e4 + 1, -1e4 + 2, -9999.5], [0.0, 1e4, -1e4, 0.0]])
    got = gumbel_softmax(z.copy(), 0.01, np.random.default_rng(3))
    assert_finite(got, "gumbel_softmax(z, 0.01)")
    assert_close(got, reference(z, 0.01, 3), **TOL, name="gumbel_softmax(z up to 1e4, 0.01, seed 3)")


def test_rows_on_different_scales():
    """Rows near +1e4 and -1e4 in one batch are each normalised on their own"""
    z = np.array([[1e4, 1e4 + 1, 1e4 - 1], [-1e4, -1e4 - 1, -1e4 + 1]])
    got = gumbel_softmax(z.copy(), 1.0, np.random.default_rng(8))
    assert_finite(got, "gumbel_softmax(rows near +1e4 and -1e4, 1.0)")
    assert_close(got, reference(z, 1.0, 8), **TOL, name="gumbel_softmax(rows near +1e4 and -1e4, 1.0, seed 8)")


def test_argmax_frequencies_follow_the_softmax():
    """Over 5,000 rows the argmax of the output is distributed as softmax(logits) (the Gumbel-max trick)"""
    z = np.log(np.array([0.1, 0.2, 0.3, 0.4]))
    got = as_array(gumbel_softmax(np.tile(z, (5000, 1)), 0.5, np.random.default_rng(14)), "gumbel_softmax", shape=(5000, 4))
    freq = np.bincount(np.argmax(got, axis=-1).astype(np.int32), minlength=4) / 5000
    assert np.abs(freq - [0.1, 0.2, 0.3, 0.4]).max() < 0.03, (
        f"the argmax of 5000 Gumbel-softmax samples has frequencies {freq}; softmax(logits) is [0.1, 0.2, 0.3, 0.4]"
    )


@pytest.mark.parametrize("temperature", [0.0, -1.0])
def test_non_positive_temperature_raises(temperature):
    """temperature = {temperature} raises ValueError"""
    with pytest.raises(ValueError):
        gumbel_softmax(Z3.copy(), temperature, np.random.default_rng(0))


def test_does_not_modify_logits():
    """Leaves the caller's logits unchanged"""
    z = BATCH.copy()
    gumbel_softmax(z, 0.5, np.random.default_rng(1))
    assert np.array_equal(z, BATCH), f"gumbel_softmax changed the caller's logits; they are now\n{z}"
