import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import top_k_filter

NEG = -np.inf


def reference(z, k):
    z = np.array(z, dtype=float)
    if k >= z.shape[-1]:
        return z
    kth = np.sort(z, axis=-1)[..., -k][..., None]
    return np.where(z < kth, NEG, z)


def _at(index):
    return "[" + ", ".join(str(int(i)) for i in index) + "]"


def check(got, expected, name):
    """Kept/filtered mismatches explained first, then exact values of the kept entries."""
    want = np.asarray(expected, dtype=float)
    have = as_array(got, name, shape=want.shape)
    kept_wrongly = ~np.isneginf(have) & np.isneginf(want)
    dropped_wrongly = np.isneginf(have) & ~np.isneginf(want)
    if kept_wrongly.any() or dropped_wrongly.any():
        lines = [f"{name} returned\n{have}\nbut expected\n{want}"]
        if kept_wrongly.any():
            index = tuple(np.argwhere(kept_wrongly)[0])
            value = have[index]
            lines.append(f"the entry at index {_at(index)} should be filtered out (-inf), but it is {value:g}")
            if value == 0:
                lines.append("filtered entries must be -inf, not 0: a logit of 0 still gets a positive probability")
        if dropped_wrongly.any():
            index = tuple(np.argwhere(dropped_wrongly)[0])
            lines.append(f"the entry at index {_at(index)} (value {want[index]:g}) should be kept, but it is -inf")
        raise AssertionError("\n".join(lines))
    assert_close(have, want, rtol=1e-12, atol=0, name=name)


def kept_count(got, shape, name):
    return (as_array(got, name, shape=shape) > NEG).sum(axis=-1)


_rng = np.random.default_rng(21)
BATCH = _rng.normal(size=(4, 8)) * 3  # continuous values: no ties
CUBE = _rng.normal(size=(2, 3, 6)) * 3


def test_worked_example():
    """top_k_filter([1, 3, 0.5, 2, -1], 2) keeps 3 and 2 in place"""
    z = np.array([1.0, 3.0, 0.5, 2.0, -1.0])
    got = top_k_filter(z.copy(), 2)
    check(got, [NEG, 3.0, NEG, 2.0, NEG], "top_k_filter([1, 3, 0.5, 2, -1], 2)")


def test_ties_with_kth_value_are_kept():
    """Entries tied with the k-th largest are all kept: [2, 5, 2, 1] with k=2 keeps 5, 2, 2"""
    z = np.array([2.0, 5.0, 2.0, 1.0])
    got = as_array(top_k_filter(z.copy(), 2), "top_k_filter([2, 5, 2, 1], 2)", shape=(4,))
    kept = int((got > NEG).sum())
    assert kept != 2, (
        f"top_k_filter([2, 5, 2, 1], 2) returned {got}: it kept exactly 2 entries, but the 2nd largest value is 2 "
        "and both entries equal to 2 must be kept (ties with the k-th value are kept): keep every entry >= the "
        "k-th largest value."
    )
    check(got, [2.0, 5.0, 2.0, NEG], "top_k_filter([2, 5, 2, 1], 2)")


def test_ties_at_the_top():
    """k=1 keeps every entry equal to the maximum: [4, 0, 4, 1] keeps both 4s"""
    z = np.array([4.0, 0.0, 4.0, 1.0])
    check(top_k_filter(z.copy(), 1), [4.0, NEG, 4.0, NEG], "top_k_filter([4, 0, 4, 1], 1)")


@pytest.mark.parametrize("k", [2, 3])
def test_duplicates_count_towards_k(k):
    """Duplicates count towards k: [3, 1, 3, 2] with k={k}"""
    z = np.array([3.0, 1.0, 3.0, 2.0])
    expected = {2: [3.0, NEG, 3.0, NEG], 3: [3.0, NEG, 3.0, 2.0]}[k]
    got = as_array(top_k_filter(z.copy(), k), f"top_k_filter([3, 1, 3, 2], {k})", shape=(4,))
    if k == 2:
        assert got[3] != 2.0, (
            f"top_k_filter([3, 1, 3, 2], 2) returned {got}: the 2nd largest value is 3 (the row sorted in decreasing "
            "order is [3, 3, 2, 1]), so 2 must be filtered out. Duplicates count towards k, and with an increasing "
            "sort s the k-th largest value is s[..., -k]."
        )
    check(got, expected, f"top_k_filter([3, 1, 3, 2], {k})")


def test_rows_are_filtered_independently():
    """Each row of a batch gets its own threshold: [[1, 3, 2], [6, 4, 5]] with k=2"""
    z = np.array([[1.0, 3.0, 2.0], [6.0, 4.0, 5.0]])
    got = as_array(top_k_filter(z.copy(), 2), "top_k_filter(z, 2)", shape=(2, 3))
    global_threshold = np.where(z < 5.0, NEG, z)
    assert not np.array_equal(got, global_threshold), (
        f"top_k_filter returned\n{got}\nwhich keeps the 2 largest values of the whole batch. Each row (the last "
        "axis) needs its own k-th largest value: sort along axis=-1."
    )
    check(got, [[NEG, 3.0, 2.0], [6.0, NEG, 5.0]], "top_k_filter([[1, 3, 2], [6, 4, 5]], 2)")


@pytest.mark.parametrize("k", [1, 3, 7])
def test_matches_reference_on_a_batch(k):
    """A (4, 8) batch of distinct values with k={k}: exactly k entries kept per row"""
    got = top_k_filter(BATCH.copy(), k)
    counts = kept_count(got, BATCH.shape, f"top_k_filter(batch, {k})")
    assert np.all(counts == k), (
        f"with distinct values every row should keep exactly k = {k} of its 8 entries, but the rows kept "
        f"{counts.tolist()} entries"
    )
    check(got, reference(BATCH, k), f"top_k_filter(batch, {k})")


def test_three_dimensional_input():
    """Works along the last axis of a (2, 3, 6) array"""
    check(top_k_filter(CUBE.copy(), 2), reference(CUBE, 2), "top_k_filter(cube, 2)")


@pytest.mark.parametrize("extra", [0, 5])
def test_k_at_least_c_keeps_everything(extra):
    """k = C + {extra} keeps every entry and returns a copy"""
    z = BATCH[:2].copy()
    k = z.shape[-1] + extra
    got = top_k_filter(z, k)
    check(got, BATCH[:2], f"top_k_filter(z, {k}) with C = {z.shape[-1]}")
    assert not np.shares_memory(got, z), (
        f"top_k_filter(z, {k}) returned the input array itself; with k >= C it must return a copy, so that "
        "changing the result never changes the caller's logits"
    )


ROWS = {"a row of 3": np.array([1.0, 2.0, 3.0]), "a row of 1": np.array([4.0])}


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one_raises(k, row):
    """k={k} raises ValueError ({row})"""
    try:
        top_k_filter(ROWS[row].copy(), k)
    except ValueError:
        return
    except Exception as exc:
        raise AssertionError(
            f"top_k_filter(logits, {k}) raised {type(exc).__name__} ({exc}), not ValueError: check k first and "
            "raise ValueError whenever k < 1 (k = 0 is invalid too, so the test is k < 1, not k < 0)"
        ) from None
    raise AssertionError(
        f"top_k_filter(logits, {k}) returned without raising; the statement asks for ValueError whenever k < 1 "
        "(k = 0 is invalid too, so the test is k < 1, not k < 0)"
    )


def test_does_not_modify_input():
    """Leaves the caller's logits unchanged"""
    z = BATCH.copy()
    top_k_filter(z, 3)
    assert np.array_equal(z, BATCH), (
        f"top_k_filter() changed the caller's logits; they are now\n{z}\n"
        "Copy first (np.array(logits, dtype=float)) or build the result with np.where."
    )


def test_entries_already_minus_inf():
    """Entries that are already -inf (from an earlier filter) stay -inf"""
    z = np.array([[0.0, NEG, 1.0, NEG], [NEG, 2.0, NEG, NEG]])
    check(top_k_filter(z.copy(), 2), [[0.0, NEG, 1.0, NEG], [NEG, 2.0, NEG, NEG]], "top_k_filter(z, 2)")
    check(top_k_filter(z.copy(), 1), [[NEG, NEG, 1.0, NEG], [NEG, 2.0, NEG, NEG]], "top_k_filter(z, 1)")


def test_large_logits_keep_their_values():
    """Kept entries keep their exact values, even for logits like 1e4"""
    z = np.array([1e4, -1e4, 0.0, 5e3, 9999.5])
    check(top_k_filter(z.copy(), 3), [1e4, NEG, NEG, 5e3, 9999.5], "top_k_filter([1e4, -1e4, 0, 5e3, 9999.5], 3)")
