import math
import numbers

import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import running_mean_var

MEAN_TOL = dict(rtol=1e-9, atol=1e-12)
VAR_TOL = dict(rtol=1e-6, atol=1e-12)


def ref_stats(rows):
    """Two passes over all rows with math.fsum: the mean first, then the mean squared deviation."""
    rows = np.asarray(rows, dtype=float)
    n, d = rows.shape
    mean = np.array([math.fsum(rows[:, j]) / n for j in range(d)])
    var = np.array([math.fsum((rows[:, j] - mean[j]) ** 2) / n for j in range(d)])
    return mean, var, n


class OneShot:
    """An iterable that can be iterated over only once, like a stream from disk."""

    def __init__(self, batches):
        self.batches = [b.copy() for b in batches]
        self.used = False

    def __iter__(self):
        if self.used:
            raise AssertionError("the batches were iterated over a second time; the stream can be read only once")
        self.used = True
        return iter(self.batches)


def call(batches, d):
    """running_mean_var on a one-shot stream of copies, checked to return (mean (D,), var (D,), count)."""
    got = running_mean_var(OneShot(batches))
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        raise AssertionError(
            f"running_mean_var() should return a tuple (mean, var, count), got {type(got).__name__}"
            + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        )
    mean = as_array(got[0], "mean (first returned value)", shape=(d,))
    var = as_array(got[1], "var (second returned value)", shape=(d,))
    return mean, var, got[2]


def check(batches, name=""):
    rows = np.concatenate(batches, axis=0)
    d = rows.shape[1]
    mean, var, count = call(batches, d)
    want_mean, want_var, want_count = ref_stats(rows)
    assert_close(mean, want_mean, **MEAN_TOL, name=f"mean{name}")
    assert_close(var, want_var, **VAR_TOL, name=f"var{name}")
    assert count == want_count, f"count{name} is {count}, expected {want_count} rows"


EXAMPLE = [np.array([[1.0, 10.0], [3.0, 10.0]]), np.array([[5.0, 40.0]])]


def test_worked_example():
    """Worked example: columns [1, 3, 5] and [10, 10, 40] give mean [3, 20], var [8/3, 200], count 3"""
    mean, var, count = call(EXAMPLE, 2)
    assert_close(mean, [3.0, 20.0], **MEAN_TOL, name="mean")
    assert_close(var, [8 / 3, 200.0], **VAR_TOL, name="var")
    assert count == 3, f"count is {count}, expected 3"


def test_generator_input():
    """A generator of batches (readable once) gives the same result"""
    got = running_mean_var(b.copy() for b in EXAMPLE)
    assert_close(got[0], [3.0, 20.0], **MEAN_TOL, name="mean")
    assert_close(got[1], [8 / 3, 200.0], **VAR_TOL, name="var")
    assert got[2] == 3, f"count is {got[2]}, expected 3"


SPLITS = {
    "one batch of 50 rows": [50],
    "five batches of 10": [10] * 5,
    "uneven sizes 1, 7, 2, 30, 10": [1, 7, 2, 30, 10],
    "fifty batches of one row": [1] * 50,
}


@pytest.mark.parametrize("case", SPLITS)
def test_matches_two_pass(case):
    """Equals the two-pass mean and biased variance of all rows: {case}"""
    rows = np.random.default_rng(1).normal(size=(50, 4)) * [1.0, 10.0, 0.1, 3.0] + [0.0, 5.0, -2.0, 100.0]
    batches = np.split(rows, np.cumsum(SPLITS[case])[:-1])
    check(batches, f" ({case})")


def test_batches_with_different_means():
    """Batches centred far apart: the spread between batches counts too (var of the whole, not the mean of batch vars)"""
    rng = np.random.default_rng(2)
    batches = [rng.normal(size=(20, 3)) + c for c in (-50.0, 0.0, 80.0)]
    check(batches)


def test_biased_variance():
    """The variance divides by n (ddof=0): two rows a and b give (a - b)^2 / 4"""
    mean, var, count = call([np.array([[0.0, 1.0]]), np.array([[4.0, -1.0]])], 2)
    assert_close(var, [4.0, 1.0], **VAR_TOL, name="var of rows [0, 1] and [4, -1]")


def test_cancellation():
    """Exact where mean(x^2) - mean^2 cancels: 10^5 rows of 1e8 + N(0, 1) in 20 batches"""
    rng = np.random.default_rng(3)
    rows = 1e8 + rng.normal(size=(100_000, 2)) * [1.0, 0.01]
    check(np.array_split(rows, 20))


def test_cancellation_between_batches():
    """Exact with offsets like 1e9 that differ slightly between batches"""
    rng = np.random.default_rng(4)
    batches = [1e9 + shift + rng.normal(size=(500, 3)) for shift in (0.0, 2.0, -1.0, 0.5)]
    check(batches)


def test_constant_data():
    """Constant columns (1e8 and -3) have variance 0"""
    rows = np.tile([1e8, -3.0], (30, 1))
    mean, var, count = call(np.array_split(rows, 4), 2)
    assert_close(mean, [1e8, -3.0], **MEAN_TOL, name="mean")
    assert_close(var, [0.0, 0.0], rtol=0, atol=1e-12, name="var")


def test_single_row():
    """A single row: the mean is that row, the variance 0 and the count 1"""
    mean, var, count = call([np.array([[2.5, -1.0, 7.0]])], 3)
    assert_close(mean, [2.5, -1.0, 7.0], **MEAN_TOL, name="mean")
    assert_close(var, [0.0, 0.0, 0.0], rtol=0, atol=0, name="var")
    assert count == 1, f"count is {count}, expected 1"


def test_empty_batches_are_skipped():
    """Batches with 0 rows, first, in the middle and last, change nothing"""
    rng = np.random.default_rng(5)
    a, b = rng.normal(size=(6, 2)), rng.normal(size=(4, 2)) + 3
    empty = np.zeros((0, 2))
    batches = [empty, a, empty, empty, b, empty]
    mean, var, count = call(batches, 2)
    want_mean, want_var, _ = ref_stats(np.concatenate([a, b]))
    assert_close(mean, want_mean, **MEAN_TOL, name="mean")
    assert_close(var, want_var, **VAR_TOL, name="var")
    assert count == 10, f"count is {count}, expected 10 (empty batches add no rows)"


def test_count_is_an_integer():
    """count is an integer, the total number of rows"""
    _, _, count = call([np.ones((3, 2)), np.ones((4, 2))], 2)
    assert isinstance(count, numbers.Integral) and not isinstance(count, bool), (
        f"count should be an int, got {type(count).__name__} {count!r}"
    )
    assert count == 7, f"count is {count}, expected 7"


def test_raises_without_batches():
    """No batches at all: ValueError"""
    with pytest.raises(ValueError):
        running_mean_var([])
    with pytest.raises(ValueError):
        running_mean_var(iter(()))


def test_raises_without_rows():
    """Only empty batches: ValueError"""
    with pytest.raises(ValueError):
        running_mean_var([np.zeros((0, 3)), np.zeros((0, 3))])


def test_raises_on_feature_mismatch():
    """Batches with 2 and 3 features: ValueError"""
    with pytest.raises(ValueError):
        running_mean_var([np.ones((2, 2)), np.ones((2, 3))])


def test_does_not_modify_batches():
    """The batches are left unchanged"""
    rng = np.random.default_rng(6)
    batches = [rng.normal(size=(5, 3)) + 1e3, rng.normal(size=(2, 3))]
    copies = [b.copy() for b in batches]
    running_mean_var(batches)
    for i, (before, after) in enumerate(zip(copies, batches)):
        assert np.array_equal(before, after), f"running_mean_var() changed batch {i}"


def test_memory_does_not_grow_with_rows():
    """Memory does not grow with the number of rows: 60 batches of 200 rows are not all kept, not even as copies"""
    import tracemalloc

    d, n, count = 16, 200, 60

    def stream():
        rng = np.random.default_rng(12)
        for _ in range(count):
            yield rng.normal(size=(n, d)) + 5.0

    batch_bytes = n * d * 8
    tracemalloc.start()
    try:
        running_mean_var(stream())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * batch_bytes, (
        f"running_mean_var used {peak / 1e6:.2f} MB at its peak while streaming {count} batches of "
        f"{batch_bytes / 1e3:.0f} kB each ({count * batch_bytes / 1e6:.2f} MB in all): the state kept "
        "must stay O(D), not grow with the number of rows"
    )
