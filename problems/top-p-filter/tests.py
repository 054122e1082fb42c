import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import top_p_filter

NEG = -np.inf


def probabilities(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def reference(z, p):
    """The sort-free definition: keep j iff the mass strictly more probable than j is < p."""
    z = np.array(z, dtype=float)
    if p == 1:
        return z
    q = probabilities(z)
    ahead = (q[..., None, :] * (q[..., None, :] > q[..., :, None])).sum(axis=-1)
    return np.where(ahead < p, z, NEG)


def margin(z, p):
    """Distance from p to the nearest running sum of the sorted probabilities (rounding safety)."""
    ranked = -np.sort(-probabilities(z), axis=-1)
    return float(np.abs(np.cumsum(ranked, axis=-1) - p).min())


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
            lines.append(f"the entry at index {_at(index)} should be filtered out (-inf), but it is {have[index]:g}")
        if dropped_wrongly.any():
            index = tuple(np.argwhere(dropped_wrongly)[0])
            lines.append(f"the entry at index {_at(index)} (logit {want[index]:g}) should be kept, but it is -inf")
        if np.isneginf(have).all(axis=-1).any():
            lines.append(
                "a whole row came back -inf, but the most probable entry is always kept"
            )
        raise AssertionError("\n".join(lines))
    assert_close(have, want, rtol=1e-12, atol=0, name=name)


Z = np.array([2.0, 0.0, 1.0, -1.0])  # probabilities 0.6439, 0.0871, 0.2369, 0.0321; sorted sums .6439 .8808 .9679 1
ROWS = np.array([[2.0, 0.0, 1.0, -1.0], [0.0, 3.0, 0.0, 0.0], [0.1, 0.2, 0.3, 0.4]])
_rng = np.random.default_rng(7)
CUBE = _rng.normal(size=(2, 3, 7)) * 2.0
BATCH = _rng.normal(size=(5, 12)) * 1.5
for _z, _p in [(Z, 0.5), (Z, 0.7), (Z, 0.8), (Z, 0.9), (Z, 0.99), (ROWS, 0.75), (CUBE, 0.9), (BATCH, 0.6), (BATCH, 0.95)]:
    assert margin(_z, _p) > 1e-4, "test data too close to p: rounding could decide the answer"


def test_worked_example():
    """top_p_filter([2, 0, 1, -1], 0.8) keeps 2 and 1 (probabilities 0.644 + 0.237 = 0.881)"""
    got = as_array(top_p_filter(Z.copy(), 0.8), "top_p_filter([2, 0, 1, -1], 0.8)", shape=(4,))
    only_top = np.array_equal(got, [2.0, NEG, NEG, NEG])
    assert not only_top, (
        f"top_p_filter([2, 0, 1, -1], 0.8) returned {got}: the top entry has probability 0.644 < 0.8, so the next "
        "one (0.237, logit 1) is needed to reach 0.8. Keep the entry whose probability makes the sum cross p."
    )
    least_probable_first = not np.isneginf(got[3])
    assert not least_probable_first, (
        f"top_p_filter([2, 0, 1, -1], 0.8) returned {got}, keeping the logit -1, the least probable entry (0.032), "
        "though the two most probable, 0.644 + 0.237 = 0.881, already reach p = 0.8"
    )
    check(got, [2.0, NEG, 1.0, NEG], "top_p_filter([2, 0, 1, -1], 0.8)")


CASES = {0.5: [2.0, NEG, NEG, NEG], 0.7: [2.0, NEG, 1.0, NEG], 0.9: [2.0, 0.0, 1.0, NEG], 0.99: [2.0, 0.0, 1.0, -1.0]}


@pytest.mark.parametrize("p", list(CASES))
def test_nucleus_grows_with_p(p):
    """[2, 0, 1, -1] with p={p} keeps the smallest prefix reaching p, the crossing entry included"""
    check(top_p_filter(Z.copy(), p), CASES[p], f"top_p_filter([2, 0, 1, -1], {p})")


@pytest.mark.parametrize("p", [0.01, 1e-9])
def test_top_entry_always_kept(p):
    """p={p}, below the top probability, still keeps the most probable entry"""
    z = np.linspace(0.0, 0.9, 10)  # a flat-ish row: the top probability is 0.15
    got = as_array(top_p_filter(z.copy(), p), f"top_p_filter(z, {p})", shape=(10,))
    assert not np.all(np.isneginf(got)), (
        f"top_p_filter(z, {p}) filtered out every entry; the most probable entry must always be kept "
        "(its probability alone already reaches p, and a row without any candidate cannot be sampled)"
    )
    check(got, [NEG] * 9 + [0.9], f"top_p_filter(z, {p})")


def check_tie(got, z, p, name):
    """At a tie with the last kept entry both answers of the statement pass: every tied entry
    kept, or exactly m entries (the smallest set), any of the tied ones."""
    z = np.asarray(z, dtype=float)
    have = as_array(got, name, shape=z.shape)
    q = probabilities(z)
    ranked = -np.sort(-q)
    m = int(np.searchsorted(np.cumsum(ranked) - ranked, p, side="left"))
    threshold = ranked[m - 1]
    tied = np.isclose(q, threshold, rtol=1e-12, atol=0)
    kept = ~np.isneginf(have)
    above, below = (q > threshold) & ~tied, (q < threshold) & ~tied
    message = (
        f"{name} returned {have}: the entries more probable than the tied ones at the boundary "
        f"(probability {threshold:.4g}) must all be kept, the less probable ones filtered, and of the tied "
        f"ones either all kept or just enough for the kept mass to reach p = {p} ({m} entries in all)"
    )
    assert kept[above].all() and not kept[below].any(), message
    assert kept[tied].all() or kept.sum() == m, message
    assert_close(have[kept], z[kept], rtol=1e-12, atol=0, name=f"the kept entries of {name}")


def test_ties_at_the_boundary():
    """A tie at the boundary: [2, 1, 1, -5] with p=0.7 keeps 2 and both 1s, or 2 and one of them"""
    z = np.array([2.0, 1.0, 1.0, -5.0])  # probabilities 0.576, 0.212, 0.212, 0.0005
    check_tie(top_p_filter(z.copy(), 0.7), z, 0.7, "top_p_filter([2, 1, 1, -5], 0.7)")


def test_tie_at_the_top():
    """Three tied most-probable entries: [1, 1, 1, 0] with p=0.5 keeps all three, or two of them"""
    z = np.array([1.0, 1.0, 1.0, 0.0])  # probabilities 0.297 each, then 0.109
    check_tie(top_p_filter(z.copy(), 0.5), z, 0.5, "top_p_filter([1, 1, 1, 0], 0.5)")


def test_p_one_keeps_everything():
    """p=1 keeps every entry, even probabilities that round away ([0, -50, 10, -1e4]), and returns a copy"""
    z = np.array([0.0, -50.0, 10.0, -1e4])
    got = top_p_filter(z, 1.0)
    check(got, [0.0, -50.0, 10.0, -1e4], "top_p_filter([0, -50, 10, -1e4], 1.0)")
    assert not np.shares_memory(got, z), (
        "top_p_filter(z, 1.0) returned the input array itself; with p = 1 it must return a copy"
    )


@pytest.mark.parametrize("p", [0.0, -0.1, 1.5])
def test_invalid_p_raises(p):
    """p={p} raises ValueError"""
    with pytest.raises(ValueError):
        top_p_filter(Z.copy(), p)


def test_rows_are_filtered_independently():
    """Each row of a (3, 4) batch gets its own nucleus (p=0.75)"""
    got = top_p_filter(ROWS.copy(), 0.75)
    expected = [[2.0, NEG, 1.0, NEG], [NEG, 3.0, NEG, NEG], [NEG, 0.2, 0.3, 0.4]]
    check(got, expected, "top_p_filter(rows, 0.75)")


@pytest.mark.parametrize("p", [0.6, 0.95])
def test_matches_reference_on_a_batch(p):
    """A (5, 12) batch with p={p} matches the definition"""
    check(top_p_filter(BATCH.copy(), p), reference(BATCH, p), f"top_p_filter(batch, {p})")


def test_three_dimensional_input():
    """Works along the last axis of a (2, 3, 7) array"""
    check(top_p_filter(CUBE.copy(), 0.9), reference(CUBE, 0.9), "top_p_filter(cube, 0.9)")


def test_stable_for_large_logits():
    """Stable for logits like [1000, 1001, 999, -1e4] (p=0.8 keeps 1001 and 1000)"""
    z = np.array([[1000.0, 1001.0, 999.0, -1e4], [-1e4, 0.0, 1e4, 9999.0]])
    check(top_p_filter(z.copy(), 0.8), [[1000.0, 1001.0, NEG, NEG], [NEG, NEG, 1e4, 9999.0]], "top_p_filter(z, 0.8)")


def test_entries_already_minus_inf():
    """Logits already -inf (from an earlier filter) get probability 0 and stay -inf"""
    z = np.array([2.0, NEG, 1.0, NEG, 0.0])  # the finite ones: probabilities 0.665, 0.245, 0.090
    check(top_p_filter(z.copy(), 0.9), [2.0, NEG, 1.0, NEG, NEG], "top_p_filter([2, -inf, 1, -inf, 0], 0.9)")


def test_does_not_modify_input():
    """Leaves the caller's logits unchanged"""
    z = BATCH.copy()
    top_p_filter(z, 0.6)
    assert np.array_equal(z, BATCH), (
        f"top_p_filter() changed the caller's logits; they are now\n{z}\n"
        "Copy first (np.array(logits, dtype=float)) or build the result with np.where."
    )
