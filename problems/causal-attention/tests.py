import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import causal_attention

RTOL, ATOL = 1e-5, 1e-6  # values are O(1); float32 arithmetic inside stays well within


def ref_causal(q, k, v):
    """Row by row: query i does plain softmax attention over keys 0..i only."""
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    out = np.zeros(q.shape[:-1] + (v.shape[-1],))
    for i in range(q.shape[-2]):
        s = np.einsum("...d,...jd->...j", q[..., i, :], k[..., : i + 1, :]) / np.sqrt(q.shape[-1])
        e = np.exp(s - s.max(axis=-1, keepdims=True))
        w = e / e.sum(axis=-1, keepdims=True)
        out[..., i, :] = np.einsum("...j,...jd->...d", w, v[..., : i + 1, :])
    return out


def call(q, k, v, shape):
    """causal_attention() on copies (an input edited in place fails only its own test), checked for shape."""
    got = causal_attention(np.array(q), np.array(k), np.array(v))
    if isinstance(got, (tuple, list)) and len(got) == 2 and np.shape(got[0]) == tuple(shape):
        raise AssertionError("causal_attention() should return only out, not a pair (out, weights)")
    got = as_array(got, "out")
    if got.shape != tuple(shape):
        raise AssertionError(f"out has shape {got.shape}, expected {tuple(shape)}: the shape of v, (..., T, dv)")
    if np.isnan(got).any() and np.isnan(got[..., 0, :]).all() and not np.isnan(got[..., 1:, :]).any():
        raise AssertionError(
            "out is nan at position 0 only: position 0 has no key left to attend to. "
            "Position i may attend to every j <= i, including itself (the diagonal stays allowed)"
        )
    return got


SHAPES = {
    "no batch axes: T=5, d=4, dv=3": ((), 5, 4, 3),
    "one batch axis: (3, T=4, d=6), dv=2": ((3,), 4, 6, 2),
    "two batch axes: (2, 3, T=6, d=8), dv=5": ((2, 3), 6, 8, 5),
}


def make(case, seed=0, scale=1.0):
    lead, t, d, dv = SHAPES[case]
    rng = np.random.default_rng(seed)
    q = rng.normal(size=lead + (t, d)) * scale
    k = rng.normal(size=lead + (t, d)) * scale
    v = rng.normal(size=lead + (t, dv))
    return q, k, v, lead + (t, dv)


def test_worked_example_running_mean():
    """Zero queries and keys: position i outputs the mean of v_0..v_i, [[1, 0], [2, 0], [3, 2]]"""
    v = np.array([[1.0, 0.0], [3.0, 0.0], [5.0, 6.0]])
    got = call(np.zeros((3, 2)), np.zeros((3, 2)), v, (3, 2))
    assert_close(got, [[1.0, 0.0], [2.0, 0.0], [3.0, 2.0]], rtol=RTOL, atol=ATOL, name="causal_attention(zeros, zeros, v)")


def test_worked_example_scores():
    """Worked example with scores: rows softmax([2]), softmax([0, 2]), softmax([2, 2, 4])"""
    q = np.array([[2.0, 0, 0, 0], [0, 2.0, 0, 0], [2.0, 2.0, 0, 0]])
    v = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    e2, e4 = np.exp(2.0), np.exp(4.0)
    a = 1 / (1 + e2)
    b = (e2 + e4) / (2 * e2 + e4)
    got = call(q, q, v, (3, 2))
    assert_close(got, [[1.0, 0.0], [a, 1 - a], [b, b]], rtol=RTOL, atol=ATOL, name="out")


@pytest.mark.parametrize("case", SHAPES)
def test_matches_reference(case):
    """Matches attention over keys 0..i for every query i: {case}"""
    q, k, v, shape = make(case, seed=1)
    assert_close(call(q, k, v, shape), ref_causal(q, k, v), rtol=RTOL, atol=ATOL, name="out")


@pytest.mark.parametrize("case", SHAPES)
def test_first_position_sees_only_itself(case):
    """Position 0 attends only to itself, so its output is v_0: {case}"""
    q, k, v, shape = make(case, seed=2)
    got = call(q, k, v, shape)
    assert_close(got[..., 0, :], v[..., 0, :], rtol=RTOL, atol=ATOL, name="out at position 0 (should be v at position 0)")


@pytest.mark.parametrize("case", SHAPES)
def test_future_does_not_leak(case):
    """Changing keys and values after position i never changes the output at position i: {case}"""
    q, k, v, shape = make(case, seed=3)
    t = shape[-2]
    before = call(q, k, v, shape)
    for i in range(t - 1):
        k2, v2 = k.copy(), v.copy()
        rng = np.random.default_rng(i)
        k2[..., i + 1 :, :] = rng.normal(size=k2[..., i + 1 :, :].shape) * 3
        v2[..., i + 1 :, :] = rng.normal(size=v2[..., i + 1 :, :].shape) * 3
        after = call(q, k2, v2, shape)
        same = np.allclose(after[..., : i + 1, :], before[..., : i + 1, :], rtol=1e-6, atol=1e-9)
        assert same, (
            f"changing only the keys and values at positions {i + 1}..{t - 1} changed the output at positions "
            f"0..{i}: a position is seeing the future. Position i may attend only to j <= i "
            "(np.tril of a T x T matrix of ones; the future gets -inf before the softmax)"
        )


def test_last_position_sees_everything():
    """The last position attends to every key: plain, unmasked attention for the last query"""
    q, k, v, shape = make("one batch axis: (3, T=4, d=6), dv=2", seed=4)
    got = call(q, k, v, shape)
    s = np.einsum("...d,...jd->...j", q[..., -1, :], k) / np.sqrt(6)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    assert_close(got[..., -1, :], np.einsum("...j,...jd->...d", w, v), rtol=RTOL, atol=ATOL,
                 name="out at the last position (should be unmasked attention)")


def test_output_is_a_weighted_average():
    """Each output row is a convex combination of the values so far: constant values give that constant"""
    q, k, _, shape = make("two batch axes: (2, 3, T=6, d=8), dv=5", seed=5)
    v = np.broadcast_to(np.array([1.0, -2.0, 0.5, 3.0, 0.0]), shape).copy()
    got = call(q, k, v, shape)
    ok = np.allclose(got, v, rtol=1e-6, atol=1e-9)
    assert ok, (
        "with every value row equal to [1, -2, 0.5, 3, 0], every output row should equal it too (the weights of "
        f"each position sum to 1), but out[0, 0] is {np.round(got[0, 0], 4)} and out[0, 0, -1] is "
        f"{np.round(got[0, 0, -1], 4)}"
    )


def test_large_scores_are_stable():
    """Stable for scores near +-1000: finite, and the right output"""
    q, k, v, shape = make("one batch axis: (3, T=4, d=6), dv=2", seed=6, scale=12)
    q[0, 2] = [30.0, 30.0, 0, 0, 0, 0]
    k[0, :3] = [[35.0, 35.0, 0, 0, 0, 0], [-35.0, -35.0, 0, 0, 0, 0], [34.0, 35.0, 0, 0, 0, 0]]
    got = call(q, k, v, shape)  # row (0, 2) has scores about +857, -857, +845
    assert_finite(got, "out")
    assert_close(got, ref_causal(q, k, v), rtol=1e-3, atol=1e-6, name="out")


def test_does_not_modify_inputs():
    """q, k and v are left unchanged"""
    q, k, v, _ = make("one batch axis: (3, T=4, d=6), dv=2", seed=7)
    copies = [a.copy() for a in (q, k, v)]
    causal_attention(q, k, v)
    for name, before, after in zip("qkv", copies, (q, k, v)):
        assert np.array_equal(before, after), f"causal_attention() changed the caller's {name}: compute new arrays instead"
