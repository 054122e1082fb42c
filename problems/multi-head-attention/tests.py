import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import multi_head_attention

RTOL, ATOL = 1e-5, 1e-5  # outputs are O(1) and may cancel near 0: room for float32 inside
A = math.e / (math.e + 1)  # softmax([1, 0])[0] = 0.7311
S = math.exp(2 ** -0.5) / (math.exp(2 ** -0.5) + 1)  # softmax([1/sqrt(2), 0])[0] = 0.6698
X2 = np.array([[[1.0, 0.0], [0.0, 1.0]]])
I2 = np.eye(2)


def ref_mha(x, Wq, Wk, Wv, Wo, H, mask=None):
    """Loops over examples, heads and queries, with each head's columns sliced out explicitly."""
    x = np.asarray(x, dtype=float)
    B, T, D = x.shape
    dh = D // H
    allowed = np.ones((B, H, T, T), dtype=bool) if mask is None else np.broadcast_to(mask, (B, H, T, T))
    out = np.zeros((B, T, D))
    for b in range(B):
        merged = np.zeros((T, D))
        for h in range(H):
            cols = slice(h * dh, (h + 1) * dh)
            q, k, v = x[b] @ Wq[:, cols], x[b] @ Wk[:, cols], x[b] @ Wv[:, cols]
            for i in range(T):
                keys = np.flatnonzero(allowed[b, h, i])
                s = np.array([q[i] @ k[j] for j in keys]) / math.sqrt(dh)
                e = np.exp(s - s.max())
                merged[i, cols] = (e / e.sum()) @ v[keys]
        out[b] = merged @ Wo
    return out


def make(B, T, D, seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(B, T, D)) * scale
    Ws = [rng.normal(size=(D, D)) / math.sqrt(D) for _ in range(4)]
    return x, Ws


def call(x, Ws, H, mask=None):
    """multi_head_attention on copies (an input edited in place fails only its own test), checked for shape."""
    got = multi_head_attention(x.copy(), *[W.copy() for W in Ws], H, None if mask is None else mask.copy())
    return as_array(got, "multi_head_attention(...)", shape=x.shape)


def test_worked_example_two_heads():
    """Identity weights, D=2, 2 heads of size 1: [[0.7311, 0.5], [0.5, 0.7311]]"""
    got = call(X2, [I2] * 4, 2)
    assert_close(got, [[[A, 0.5], [0.5, A]]], rtol=RTOL, atol=ATOL, name="multi_head_attention(x, I, I, I, I, 2)")


def test_worked_example_one_head():
    """Identity weights, D=2, 1 head of size 2: [[0.6698, 0.3302], [0.3302, 0.6698]]"""
    got = call(X2, [I2] * 4, 1)
    assert_close(got, [[[S, 1 - S], [1 - S, S]]], rtol=RTOL, atol=ATOL, name="multi_head_attention(x, I, I, I, I, 1)")


def test_worked_example_causal():
    """Identity weights, 2 heads, causal (T, T) mask: [[1, 0], [0.5, 0.7311]]"""
    causal = np.tril(np.ones((2, 2), dtype=bool))
    got = call(X2, [I2] * 4, 2, causal)
    assert_close(got, [[[1.0, 0.0], [0.5, A]]], rtol=RTOL, atol=ATOL, name="multi_head_attention(x, I, I, I, I, 2, causal)")


CASES = {
    "B=2, T=5, D=8, 2 heads": (2, 5, 8, 2),
    "B=3, T=4, D=12, 3 heads": (3, 4, 12, 3),
    "B=1, T=6, D=8, 8 heads of size 1": (1, 6, 8, 8),
    "B=2, T=3, D=6, 1 head": (2, 3, 6, 1),
    "B=2, T=1, D=4, 2 heads (one token)": (2, 1, 4, 2),
}


@pytest.mark.parametrize("case", CASES)
def test_matches_reference(case):
    """Matches project, split, attend per head, merge, @ Wo: {case}"""
    B, T, D, H = CASES[case]
    x, Ws = make(B, T, D, seed=1)
    assert_close(call(x, Ws, H), ref_mha(x, *Ws, H), rtol=RTOL, atol=ATOL, name="out")


def test_output_projection_mixes_heads():
    """With a non-identity Wo every output column mixes all heads: (merged heads) @ Wo"""
    x, Ws = make(2, 4, 6, seed=2)
    Ws[:3] = [(W + W.T) / 2 for W in Ws[:3]]  # symmetric projections, so only Wo's layout matters
    Ws[3] = np.arange(36.0).reshape(6, 6) / 36 - 0.5
    assert_close(call(x, Ws, 3), ref_mha(x, *Ws, 3), rtol=RTOL, atol=ATOL, name="out")


def test_scaled_by_head_size():
    """Scores are divided by sqrt(D / n_heads) = 2, the head size, not sqrt(D): D=16, 4 heads"""
    D, H = 16, 4
    x = np.zeros((1, 2, D))
    x[0, 0, :4] = 1.0  # token 0: head 0 features all 1 -> head 0 score q0.k0 = 4, scaled 2
    I = np.eye(D)
    got = call(x, [I] * 4, H)
    w = 1 / (1 + math.exp(-2.0))  # token 0, head 0: softmax([2, 0])
    assert_close(got[0, 0, :4], np.full(4, w), rtol=RTOL, atol=ATOL, name="out[0, 0, :4] (head 0 of token 0)")
    assert_close(got, ref_mha(x, *[I] * 4, H), rtol=RTOL, atol=ATOL, name="out")


def test_mask_shared_by_heads():
    """A (T, T) causal mask is applied to every example and every head: B=2, T=5, D=8, 4 heads"""
    x, Ws = make(2, 5, 8, seed=3)
    mask = np.tril(np.ones((5, 5), dtype=bool))
    assert_close(call(x, Ws, 4, mask), ref_mha(x, *Ws, 4, mask), rtol=RTOL, atol=ATOL, name="out")


def test_padding_mask():
    """A (B, 1, 1, T) key-padding mask hides each example's padded keys from every head and query"""
    x, Ws = make(3, 5, 8, seed=4)
    lengths = np.array([5, 3, 1])
    mask = (np.arange(5)[None, :] < lengths[:, None])[:, None, None, :]
    assert_close(call(x, Ws, 2, mask), ref_mha(x, *Ws, 2, mask), rtol=RTOL, atol=ATOL, name="out")


def test_per_head_mask():
    """A full (B, n_heads, T, T) mask: each head of each example has its own pattern"""
    x, Ws = make(2, 4, 6, seed=5)
    mask = np.random.default_rng(5).random((2, 3, 4, 4)) < 0.5
    mask[..., np.arange(4), np.arange(4)] = True  # every query keeps at least itself
    assert_close(call(x, Ws, 3, mask), ref_mha(x, *Ws, 3, mask), rtol=RTOL, atol=ATOL, name="out")


def test_padded_tokens_do_not_leak():
    """Changing a padded (masked) token changes nothing at the other positions"""
    x, Ws = make(1, 5, 8, seed=6)
    mask = np.array([True, True, True, True, False])[None, None, None, :]
    before = call(x, Ws, 2, mask)
    x2 = x.copy()
    x2[0, 4] = np.random.default_rng(60).normal(size=8) * 5
    after = call(x2, Ws, 2, mask)
    same = np.allclose(after[0, :4], before[0, :4], rtol=1e-6, atol=1e-9)
    assert same, (
        "changing only token 4, whose key is masked out for every query, changed the outputs at positions 0..3: "
        f"max change {np.abs(after[0, :4] - before[0, :4]).max():.3g}. With token 4's key masked for every query, "
        "the outputs at positions 0..3 must not depend on token 4 at all"
    )


def test_large_scores_are_stable():
    """Stable for scores up to about 1e3: finite and correct"""
    x, Ws = make(2, 4, 8, seed=7, scale=12.0)
    Ws[0] = Ws[0] * 3
    got = call(x, Ws, 2)
    assert_finite(got, "out")
    assert_close(got, ref_mha(x, *Ws, 2), rtol=1e-3, atol=1e-5, name="out")


def test_each_head_shifted_by_its_own_maximum():
    """Stable when one head's scores are near +900 and another head's near -900"""
    x = np.array([[[30.0, 30.0], [30.5, 29.5]]])
    Wk = np.diag([1.0, -1.0])  # head 0 scores x_i0 x_j0 ~ +900, head 1 scores -x_i1 x_j1 ~ -900
    Ws = [I2, Wk, I2, I2]
    got = call(x, Ws, 2)
    assert_finite(got, "out")
    assert_close(got, ref_mha(x, *Ws, 2), rtol=1e-3, atol=1e-5, name="out")


@pytest.mark.parametrize("D, H", [(6, 4), (10, 3), (8, 16), (12, 5)])
def test_raises_when_heads_do_not_divide(D, H):
    """n_heads = {H} does not divide D = {D}: ValueError"""
    x = np.zeros((1, 2, D))
    I = np.eye(D)
    try:
        multi_head_attention(x, I, I, I, I, H)
    except ValueError:
        return
    except AssertionError:
        raise AssertionError(f"multi_head_attention with D={D}, n_heads={H} raised AssertionError; the statement asks for ValueError") from None
    raise AssertionError(f"multi_head_attention with D={D}, n_heads={H} returned normally; it should raise ValueError")


def test_does_not_modify_inputs():
    """x, the four weight matrices and the mask are left unchanged"""
    x, Ws = make(2, 4, 6, seed=8)
    mask = np.tril(np.ones((4, 4), dtype=bool))
    args = [x] + Ws + [mask]
    copies = [a.copy() for a in args]
    multi_head_attention(x, *Ws, 3, mask)
    for name, before, after in zip(["x", "Wq", "Wk", "Wv", "Wo", "mask"], copies, args):
        assert np.array_equal(before, after), f"multi_head_attention() changed the caller's {name}"
