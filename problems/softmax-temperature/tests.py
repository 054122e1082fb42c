import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import softmax_with_temperature


def reference(x, t):
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        z = (x - x.max(axis=-1, keepdims=True)) / t
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


X3 = np.array([1.0, 2.0, 3.0])
_rng = np.random.default_rng(0)
BATCH = _rng.normal(size=(4, 6)) * 3
SHAPES = {
    "1-D, 5 logits": _rng.normal(size=5),
    "batch of 4 x 6": BATCH,
    "3-D, shape (2, 3, 4)": _rng.normal(size=(2, 3, 4)),
}


def test_temperature_one_is_plain_softmax():
    """T = 1 gives the plain softmax: [1, 2, 3] -> [0.0900, 0.2447, 0.6652]"""
    got = softmax_with_temperature(X3.copy(), 1.0)
    assert_close(got, [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], name="softmax_with_temperature([1, 2, 3], 1.0)")


def test_worked_examples_half_and_two():
    """T = 0.5 and T = 2 on [1, 2, 3] match the worked examples"""
    assert_close(
        softmax_with_temperature(X3.copy(), 0.5), [0.015876239976466765, 0.11731042782619837, 0.8668133321973349],
        name="softmax_with_temperature([1, 2, 3], 0.5)",
    )
    assert_close(
        softmax_with_temperature(X3.copy(), 2.0), [0.1863237232258476, 0.3071958918035856, 0.5064803849705667],
        name="softmax_with_temperature([1, 2, 3], 2.0)",
    )


@pytest.mark.parametrize("case", SHAPES)
def test_same_shape(case):
    """Output has the same shape as the logits ({case})"""
    x = SHAPES[case]
    as_array(softmax_with_temperature(x.copy(), 1.5), "softmax_with_temperature(logits, 1.5)", shape=x.shape)


@pytest.mark.parametrize("t", [0.1, 1.0, 3.7])
def test_matches_reference(t):
    """Matches softmax(logits / T) row by row for T = {t}"""
    assert_close(softmax_with_temperature(BATCH.copy(), t), reference(BATCH, t), name=f"softmax_with_temperature(logits, {t})")


def test_lower_temperature_is_sharper():
    """Lower temperature gives a sharper distribution (larger top probability)"""
    tops = {}
    for t in (0.5, 1.0, 2.0):
        tops[t] = float(as_array(softmax_with_temperature(X3.copy(), t), f"softmax_with_temperature([1, 2, 3], {t})", shape=(3,))[2])
    sharper = tops[0.5] > tops[1.0] > tops[2.0]
    assert sharper, (
        "the top class's probability should grow as the temperature falls, but for T = 0.5, 1, 2 "
        f"it is {tops[0.5]:.4f}, {tops[1.0]:.4f}, {tops[2.0]:.4f} (softmax(logits / T) gives 0.8668, 0.6652, 0.5065)."
    )


def test_small_temperature_is_one_hot():
    """T = 0.001 on [1, 2, 3] gives the one-hot [0, 0, 1] without overflow"""
    got = softmax_with_temperature(X3.copy(), 1e-3)
    assert_finite(got, "softmax_with_temperature([1, 2, 3], 0.001)")
    assert_close(got, [0.0, 0.0, 1.0], name="softmax_with_temperature([1, 2, 3], 0.001)")


def test_extremely_small_temperature():
    """T = 1e-308 with logits up to 800 gives one-hot rows, no nan (logits / T overflows)"""
    x = np.array([[-500.0, 0.0, 800.0], [3.0, 1.0, 2.0]])
    got = softmax_with_temperature(x.copy(), 1e-308)
    assert_finite(got, "softmax_with_temperature(logits, 1e-308)")
    assert_close(got, [[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], name="softmax_with_temperature(logits, 1e-308)")


def test_ties_split_evenly():
    """With a tie for the maximum, a tiny T splits the mass evenly: [2, 5, 5, 1] -> [0, 0.5, 0.5, 0]"""
    got = softmax_with_temperature(np.array([2.0, 5.0, 5.0, 1.0]), 1e-6)
    assert_close(got, [0.0, 0.5, 0.5, 0.0], name="softmax_with_temperature([2, 5, 5, 1], 1e-6)")


@pytest.mark.parametrize("t", ["1e9", "1e300", "inf"])
def test_large_temperature_is_uniform(t):
    """T = {t} gives the uniform distribution"""
    x = np.array([[1.0, 2.0, 3.0], [-40.0, 0.0, 900.0]])
    got = softmax_with_temperature(x.copy(), float(t))
    assert_finite(got, f"softmax_with_temperature(logits, {t})")
    assert_close(got, np.full((2, 3), 1 / 3), atol=1e-5, rtol=0, name=f"softmax_with_temperature(logits, {t})")


def test_large_logits():
    """Stable for large logits like [1000, 1001, 1002] at T = 1"""
    got = softmax_with_temperature(np.array([1000.0, 1001.0, 1002.0]), 1.0)
    assert_finite(got, "softmax_with_temperature([1000, 1001, 1002], 1.0)")
    assert_close(got, reference(X3, 1.0), name="softmax_with_temperature([1000, 1001, 1002], 1.0)")


@pytest.mark.parametrize("t", [0.0, -1.5])
def test_rejects_non_positive_temperature(t):
    """Raises ValueError for temperature = {t}"""
    with pytest.raises(ValueError):
        softmax_with_temperature(X3.copy(), t)


def test_integer_inputs():
    """Integer logits and an integer temperature work: ([1, 2, 3], 2)"""
    got = softmax_with_temperature(np.array([1, 2, 3]), 2)
    assert_close(got, [0.1863237232258476, 0.3071958918035856, 0.5064803849705667], name="softmax_with_temperature(int array, 2)")


def test_does_not_modify_input():
    """Leaves the logits array unchanged"""
    x = np.array([[0.5, 1.0, 2.0], [3.0, -1.0, 0.0]])
    before = x.copy()
    softmax_with_temperature(x, 0.5)
    assert np.array_equal(x, before), (
        f"softmax_with_temperature() changed the caller's logits: they were\n{before}\nand are now\n{x}\n"
        "Compute logits / temperature into a new array instead of dividing in place (/=)."
    )
