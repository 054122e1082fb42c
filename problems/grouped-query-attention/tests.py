import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import grouped_query_attention

RTOL, ATOL = 1e-5, 1e-6  # outputs are O(1): room for float32 arithmetic inside


def ref_gqa(q, k, v, causal=False):
    """Loops over examples, query heads and queries; head h reads kv head h // (Hq // Hkv)."""
    B, Hq, T, d = q.shape
    g = Hq // k.shape[1]
    out = np.zeros(q.shape)
    for b in range(B):
        for h in range(Hq):
            kh, vh = k[b, h // g], v[b, h // g]
            for i in range(T):
                n = i + 1 if causal else T
                s = kh[:n] @ q[b, h, i] / math.sqrt(d)
                e = np.exp(s - s.max())
                out[b, h, i] = (e / e.sum()) @ vh[:n]
    return out


def call(q, k, v, *causal):
    """grouped_query_attention on copies, checked to have the shape of q."""
    got = grouped_query_attention(q.copy(), k.copy(), v.copy(), *causal)
    return as_array(got, "grouped_query_attention(...)", shape=q.shape)


def make(B, Hq, Hkv, T, d, seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(B, Hq, T, d)) * scale, rng.normal(size=(B, Hkv, T, d)) * scale,
            rng.normal(size=(B, Hkv, T, d)))


Q1 = np.array([[[[0.0], [0.0]], [[math.log(3)], [math.log(3)]]]])
K1 = np.array([[[[1.0], [0.0]]]])
V1 = np.array([[[[4.0], [0.0]]]])


def test_worked_example():
    """Worked example: two query heads share one kv head; outputs 2 (uniform) and 3 (weights 3/4, 1/4)"""
    assert_close(call(Q1, K1, V1), [[[[2.0], [2.0]], [[3.0], [3.0]]]], rtol=RTOL, atol=ATOL, name="out")


def test_worked_example_causal():
    """Worked example with causal=True: position 0 sees only v_0 = 4"""
    assert_close(call(Q1, K1, V1, True), [[[[4.0], [2.0]], [[4.0], [3.0]]]], rtol=RTOL, atol=ATOL, name="out")


def test_groups_are_consecutive():
    """Hq=4, Hkv=2: query heads 0, 1 read kv head 0 and heads 2, 3 read kv head 1 (not 0, 1, 0, 1)"""
    q, k, _ = make(2, 4, 2, 3, 2, seed=1)
    v = np.zeros((2, 2, 3, 2))
    v[:, 1] = 1.0  # kv head 0 holds zeros, kv head 1 ones: each output shows which head was read
    got = call(q, k, v)
    heads = np.round(got[0, :, 0, 0], 6)
    assert np.allclose(got[:, :2], 0.0, atol=1e-6) and np.allclose(got[:, 2:], 1.0, atol=1e-6), (
        f"with kv head 0's values all 0 and kv head 1's all 1, query heads 0..3 should output 0, 0, 1, 1; "
        f"they output {heads} (first entry of each head)"
    )


CASES = {
    "B=2, Hq=4, Hkv=2, T=5, d=3": (2, 4, 2, 5, 3),
    "B=1, Hq=8, Hkv=4, T=4, d=2": (1, 8, 4, 4, 2),
    "B=2, Hq=6, Hkv=2, T=3, d=4": (2, 6, 2, 3, 4),
    "multi-query: B=2, Hq=4, Hkv=1, T=4, d=3": (2, 4, 1, 4, 3),
    "multi-head: B=1, Hq=3, Hkv=3, T=5, d=2": (1, 3, 3, 5, 2),
}


@pytest.mark.parametrize("case", CASES)
def test_matches_reference(case):
    """Matches per-head attention against kv head h // (Hq / Hkv): {case}"""
    q, k, v = make(*CASES[case], seed=2)
    assert_close(call(q, k, v), ref_gqa(q, k, v), rtol=RTOL, atol=ATOL, name="out")


@pytest.mark.parametrize("case", CASES)
def test_matches_reference_causal(case):
    """causal=True matches per-head attention over keys j <= i: {case}"""
    q, k, v = make(*CASES[case], seed=3)
    assert_close(call(q, k, v, True), ref_gqa(q, k, v, True), rtol=RTOL, atol=ATOL, name="out")


def test_not_causal_by_default():
    """Without the causal argument every query sees every key"""
    q, k, v = make(1, 4, 2, 4, 3, seed=4)
    got = as_array(grouped_query_attention(q.copy(), k.copy(), v.copy()), "grouped_query_attention(q, k, v)", shape=q.shape)
    assert_close(got, ref_gqa(q, k, v), rtol=RTOL, atol=ATOL, name="out")


def test_multi_query_heads_share_everything():
    """Hkv = 1: query heads with the same queries give the same output"""
    q, k, v = make(2, 1, 1, 4, 3, seed=5)
    q4 = np.repeat(q, 4, axis=1)
    got = call(q4, k, v)
    for h in range(1, 4):
        assert_close(got[:, h], got[:, 0], rtol=RTOL, atol=ATOL, name=f"out of query head {h} (should equal head 0)")


def test_causal_future_does_not_leak():
    """causal=True: changing keys and values after position i never changes the output at i"""
    q, k, v = make(2, 4, 2, 5, 3, seed=6)
    before = call(q, k, v, True)
    for i in range(4):
        k2, v2 = k.copy(), v.copy()
        rng = np.random.default_rng(i)
        k2[:, :, i + 1:] = rng.normal(size=k2[:, :, i + 1:].shape) * 3
        v2[:, :, i + 1:] = rng.normal(size=v2[:, :, i + 1:].shape) * 3
        after = call(q, k2, v2, True)
        assert np.allclose(after[:, :, : i + 1], before[:, :, : i + 1], rtol=1e-6, atol=1e-9), (
            f"with causal=True, changing the keys and values at positions {i + 1}.. changed the output at positions 0..{i}"
        )


def test_causal_first_position():
    """causal=True: position 0 of query head h outputs v_0 of kv head h // g"""
    q, k, v = make(2, 6, 3, 4, 2, seed=7)
    got = call(q, k, v, True)
    assert_close(got[:, :, 0], np.repeat(v[:, :, 0], 2, axis=1), rtol=RTOL, atol=ATOL, name="out[:, :, 0]")


def test_large_scores_are_stable():
    """Finite and correct for scores up to about 1e3 (a row spanning +900 .. -900)"""
    q, k, v = make(1, 2, 1, 3, 2, seed=8)
    q[0, :] = [[40.0, 0.0], [39.0, 1.0], [40.0, 0.5]]
    k[0, 0] = [[32.0, 0.0], [31.0, 0.0], [-32.0, 0.0]]  # scores about +900, +880 and -900
    for causal in (False, True):
        got = call(q, k, v, causal)
        assert_finite(got, f"out (causal={causal})")
        assert_close(got, ref_gqa(q, k, v, causal), rtol=1e-4, atol=ATOL, name=f"out (causal={causal})")


def test_heads_on_different_scales():
    """Each row is shifted by its own maximum: one head's scores near +900, another's near -900"""
    q, k, v = make(1, 2, 2, 3, 2, seed=8)
    q[0, 0] = [[40.0, 0.0], [39.0, 1.0], [40.0, 0.5]]
    k[0, 0] = [[32.0, 0.0], [31.0, 0.0], [30.0, 0.0]]  # head 0: scores +850 .. +900
    q[0, 1] = [[-40.0, 0.0], [-39.0, 0.0], [-40.0, 1.0]]
    k[0, 1] = [[32.0, 0.0], [31.0, 1.0], [32.0, 0.5]]  # head 1: every score near -900
    for causal in (False, True):
        got = call(q, k, v, causal)
        assert_finite(got, f"out (causal={causal})")
        assert_close(got, ref_gqa(q, k, v, causal), rtol=1e-4, atol=ATOL, name=f"out (causal={causal})")


def test_causal_last_position_sees_everything():
    """causal=True: the last position attends to every key, itself included"""
    q, k, v = make(2, 4, 2, 5, 3, seed=11)
    got = call(q, k, v, True)
    assert_close(got[:, :, -1], ref_gqa(q, k, v)[:, :, -1], rtol=RTOL, atol=ATOL, name="out[:, :, -1]")


@pytest.mark.parametrize("hq, hkv", [(6, 4), (3, 2), (1, 2), (4, 3)])
def test_raises_when_not_divisible(hq, hkv):
    """Hq = {hq} query heads over Hkv = {hkv} kv heads: ValueError"""
    q, k, v = make(1, hq, hkv, 2, 2, seed=9)
    try:
        grouped_query_attention(q, k, v)
    except ValueError:
        return
    except AssertionError:
        raise AssertionError(f"Hq={hq}, Hkv={hkv} raised AssertionError; the statement asks for ValueError") from None
    raise AssertionError(f"Hq={hq}, Hkv={hkv} returned normally; {hkv} does not divide {hq}, so it should raise ValueError")


def test_does_not_modify_inputs():
    """q, k and v are left unchanged"""
    q, k, v = make(2, 4, 2, 3, 2, seed=10)
    args = [q, k, v]
    copies = [a.copy() for a in args]
    grouped_query_attention(q, k, v, True)
    for name, before, after in zip("qkv", copies, args):
        assert np.array_equal(before, after), f"grouped_query_attention() changed the caller's {name}"
