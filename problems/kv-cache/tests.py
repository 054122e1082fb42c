import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import attend_with_cache

RTOL, ATOL = 1e-5, 1e-6  # outputs are O(1): room for float32 arithmetic inside


def ref_causal(q, k, v):
    """Full causal attention over the whole sequence, query by query."""
    out = np.zeros(q.shape)
    for i in range(q.shape[-2]):
        s = np.einsum("...d,...jd->...j", q[..., i, :], k[..., : i + 1, :]) / math.sqrt(q.shape[-1])
        e = np.exp(s - s.max(axis=-1, keepdims=True))
        out[..., i, :] = np.einsum("...j,...jd->...d", e / e.sum(axis=-1, keepdims=True), v[..., : i + 1, :])
    return out


def step(q_t, k_t, v_t, ck, cv):
    """attend_with_cache on copies, checked to return (out, cache_k, cache_v) of the right shapes."""
    lead, d = q_t.shape[:-2], q_t.shape[-1]
    T = ck.shape[-2]
    got = attend_with_cache(q_t.copy(), k_t.copy(), v_t.copy(), ck.copy(), cv.copy())
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        raise AssertionError(
            f"attend_with_cache() should return a tuple (out, new_cache_k, new_cache_v), got {type(got).__name__}"
            + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        )
    out = as_array(got[0], "out (first returned value)", shape=lead + (1, d))
    nk = as_array(got[1], "new cache_k (second returned value)", shape=lead + (T + 1, d))
    nv = as_array(got[2], "new cache_v (third returned value)", shape=lead + (T + 1, d))
    return out, nk, nv


def make(lead, T, d, seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    q, k, v = (rng.normal(size=lead + (T, d)) * s for s in (scale, scale, 1.0))
    return q, k, v


def decode(q, k, v):
    """Runs the whole sequence through attend_with_cache, one step at a time from empty caches."""
    lead, T, d = q.shape[:-2], q.shape[-2], q.shape[-1]
    ck, cv = np.zeros(lead + (0, d)), np.zeros(lead + (0, d))
    outs = []
    for t in range(T):
        out, ck, cv = step(q[..., t : t + 1, :], k[..., t : t + 1, :], v[..., t : t + 1, :], ck, cv)
        outs.append(out)
    return np.concatenate(outs, axis=-2), ck, cv


def test_worked_example_first_step():
    """Worked example, step 1: empty caches, so the output is v_0 = [2, 4] and the caches hold one row"""
    out, ck, cv = step(np.array([[1.0, 0.0]]), np.array([[1.0, 1.0]]), np.array([[2.0, 4.0]]), np.zeros((0, 2)), np.zeros((0, 2)))
    assert_close(out, [[2.0, 4.0]], rtol=RTOL, atol=ATOL, name="out")
    assert_close(ck, [[1.0, 1.0]], rtol=RTOL, atol=0, name="new cache_k")
    assert_close(cv, [[2.0, 4.0]], rtol=RTOL, atol=0, name="new cache_v")


def test_worked_example_second_step():
    """Worked example, step 2: scores [ln 3, 0], weights [3/4, 1/4], out [1.5, 3]"""
    q1 = np.array([[math.sqrt(2) * math.log(3), 0.0]])
    k1, v1 = np.array([[0.0, math.sqrt(2)]]), np.array([[0.0, 0.0]])
    out, ck, cv = step(q1, k1, v1, np.array([[1.0, 1.0]]), np.array([[2.0, 4.0]]))
    assert_close(out, [[1.5, 3.0]], rtol=RTOL, atol=ATOL, name="out")
    assert_close(ck, [[1.0, 1.0], [0.0, math.sqrt(2)]], rtol=RTOL, atol=0, name="new cache_k")
    assert_close(cv, [[2.0, 4.0], [0.0, 0.0]], rtol=RTOL, atol=0, name="new cache_v")


SEQS = {
    "no leading axes, T=6, d=4": ((), 6, 4),
    "one leading axis (3,), T=5, d=2": ((3,), 5, 2),
    "batch and heads (2, 3), T=4, d=8": ((2, 3), 4, 8),
}


@pytest.mark.parametrize("case", SEQS)
def test_step_by_step_equals_causal_attention(case):
    """Decoding step by step from empty caches gives every row of causal attention: {case}"""
    lead, T, d = SEQS[case]
    q, k, v = make(lead, T, d, seed=1)
    outs, _, _ = decode(q, k, v)
    assert_close(outs, ref_causal(q, k, v), rtol=RTOL, atol=ATOL, name="outputs of the successive steps")


@pytest.mark.parametrize("case", SEQS)
def test_caches_grow_in_order(case):
    """After T steps the caches hold the T keys and values, in order: {case}"""
    lead, T, d = SEQS[case]
    q, k, v = make(lead, T, d, seed=2)
    _, ck, cv = decode(q, k, v)
    assert_close(ck, k, rtol=RTOL, atol=0, name="cache_k after all steps")
    assert_close(cv, v, rtol=RTOL, atol=0, name="cache_v after all steps")


def test_new_entry_goes_last():
    """The new key and value are appended after the cached ones (axis -2), not before"""
    rng = np.random.default_rng(3)
    ck, cv = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 3, 4))
    q_t, k_t, v_t = (rng.normal(size=(2, 1, 4)) for _ in range(3))
    _, nk, nv = step(q_t, k_t, v_t, ck, cv)
    assert_close(nk[:, :3], ck, rtol=RTOL, atol=0, name="new cache_k[:, :3] (the old cache)")
    assert_close(nk[:, 3:], k_t, rtol=RTOL, atol=0, name="new cache_k[:, 3:] (the new key)")
    assert_close(nv[:, :3], cv, rtol=RTOL, atol=0, name="new cache_v[:, :3] (the old cache)")
    assert_close(nv[:, 3:], v_t, rtol=RTOL, atol=0, name="new cache_v[:, 3:] (the new value)")


def test_query_sees_the_new_position():
    """The query attends to its own new key too: a key matching it strongly pulls out its value"""
    ck = np.zeros((3, 2))
    cv = np.ones((3, 2))
    q_t = np.array([[10.0, 0.0]])
    k_t = np.array([[10.0, 0.0]])  # score 100 / sqrt(2) = 70.7 vs 0 for the cached keys
    v_t = np.array([[-5.0, 7.0]])
    out, _, _ = step(q_t, k_t, v_t, ck, cv)
    w = 1 / (1 + 3 * math.exp(-100 / math.sqrt(2)))
    assert_close(out, w * v_t + (1 - w) * np.ones((1, 2)), rtol=RTOL, atol=ATOL, name="out")


def test_one_cached_position():
    """T = 1: weights softmax([q.k_0, q.k_1] / sqrt(d)) over the cached and the new position"""
    q_t, k_t, v_t = np.array([[2.0, 0.0, 0.0, 0.0]]), np.array([[1.0, 0.0, 0.0, 0.0]]), np.array([[0.0, 1.0, 2.0, 3.0]])
    ck, cv = np.array([[0.0, 0.0, 0.0, 0.0]]), np.array([[4.0, 0.0, 0.0, 0.0]])
    out, _, _ = step(q_t, k_t, v_t, ck, cv)
    w_new = 1 / (1 + math.exp(-1.0))  # scores [0, 2 / sqrt(4)] = [0, 1]
    assert_close(out, (1 - w_new) * cv + w_new * v_t, rtol=RTOL, atol=ATOL, name="out")


def test_long_cache():
    """A step with 64 cached positions and heads: equals the last row of causal attention"""
    q, k, v = make((2, 2), 65, 16, seed=4)
    out, _, _ = step(q[..., -1:, :], k[..., -1:, :], v[..., -1:, :], k[..., :-1, :], v[..., :-1, :])
    assert_close(out, ref_causal(q, k, v)[..., -1:, :], rtol=RTOL, atol=ATOL, name="out")


def test_large_scores_are_stable():
    """Finite and correct for scores up to about 1e3, spread over 1000 within one step"""
    rng = np.random.default_rng(5)
    ck = np.array([[35.0, 0.0], [-35.0, 0.0], [34.0, 1.0]])
    cv = rng.normal(size=(3, 2))
    q_t, k_t, v_t = np.array([[40.0, 0.0]]), np.array([[33.0, 0.0]]), rng.normal(size=(1, 2))
    out, _, _ = step(q_t, k_t, v_t, ck, cv)  # scores 990, -990, 962, 933
    q = np.concatenate([np.zeros((3, 2)), q_t])
    want = ref_causal(q, np.concatenate([ck, k_t]), np.concatenate([cv, v_t]))[-1:]
    assert_finite(out, "out")
    assert_close(out, want, rtol=1e-4, atol=ATOL, name="out")


def test_caches_passed_in_are_unchanged():
    """The caches passed in keep their contents and their length"""
    rng = np.random.default_rng(6)
    ck, cv = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 3, 4))
    ck0, cv0 = ck.copy(), cv.copy()
    q_t, k_t, v_t = (rng.normal(size=(2, 1, 4)) for _ in range(3))
    attend_with_cache(q_t, k_t, v_t, ck, cv)
    assert ck.shape == ck0.shape and np.array_equal(ck, ck0), "attend_with_cache() changed the cache_k passed in"
    assert cv.shape == cv0.shape and np.array_equal(cv, cv0), "attend_with_cache() changed the cache_v passed in"


def test_new_token_inputs_are_unchanged():
    """q_t, k_t and v_t are left unchanged"""
    rng = np.random.default_rng(7)
    args = [rng.normal(size=(1, 4)) for _ in range(3)] + [rng.normal(size=(2, 4)), rng.normal(size=(2, 4))]
    copies = [a.copy() for a in args]
    attend_with_cache(*args)
    for name, before, after in zip(("q_t", "k_t", "v_t"), copies, args):
        assert np.array_equal(before, after), f"attend_with_cache() changed the caller's {name}"


@pytest.mark.parametrize("tk, tv", [(3, 2), (0, 1)])
def test_raises_on_mismatched_caches(tk, tv):
    """cache_k with {tk} positions and cache_v with {tv}: ValueError"""
    x = np.zeros((1, 4))
    try:
        attend_with_cache(x, x, x, np.zeros((tk, 4)), np.zeros((tv, 4)))
    except ValueError:
        return
    raise AssertionError(f"cache_k of {tk} positions with cache_v of {tv} did not raise ValueError")


def test_each_row_shifted_by_its_own_maximum():
    """Stable when one batch entry's scores are near +990 and another's near -990"""
    ck = np.array([[[35.0, 0.0], [34.0, 1.0]], [[-35.0, 0.0], [-34.0, 1.0]]])
    cv = np.array([[[1.0, 0.0], [0.0, 1.0]], [[2.0, 0.0], [0.0, 2.0]]])
    q_t = np.array([[[40.0, 0.0]], [[40.0, 0.0]]])
    k_t = np.array([[[33.0, 0.0]], [[-33.0, 0.0]]])
    v_t = np.array([[[1.0, 1.0]], [[3.0, 3.0]]])
    out, _, _ = step(q_t, k_t, v_t, ck, cv)
    q = np.concatenate([np.zeros((2, 2, 2)), q_t], axis=1)
    want = ref_causal(q, np.concatenate([ck, k_t], axis=1), np.concatenate([cv, v_t], axis=1))[:, -1:]
    assert_finite(out, "out")
    assert_close(out, want, rtol=1e-4, atol=ATOL, name="out")
