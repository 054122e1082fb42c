import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import transformer_block

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-5)
KEYS = ("ln1_g", "ln1_b", "w_qkv", "b_qkv", "w_o", "b_o", "ln2_g", "ln2_b", "w_fc", "b_fc", "w_proj", "b_proj")


def ref_ln(v, g, b):
    """Layer norm of one vector, written out."""
    n = len(v)
    mu = sum(v) / n
    var = sum((t - mu) ** 2 for t in v) / n
    return np.array([g[i] * (v[i] - mu) / math.sqrt(var + 1e-5) + b[i] for i in range(n)])


def ref_gelu(u):
    return 0.5 * u * (1 + np.tanh(math.sqrt(2 / math.pi) * (u + 0.044715 * u**3)))


def ref_sequence(x, p, n_heads):
    """The block on one (T, D) sequence: a loop over positions and heads, causal by construction."""
    T, D = x.shape
    dh = D // n_heads
    h = np.array([ref_ln(x[t], p["ln1_g"], p["ln1_b"]) for t in range(T)])
    qkv = h @ p["w_qkv"] + p["b_qkv"]
    q, k, v = qkv[:, :D], qkv[:, D:2 * D], qkv[:, 2 * D:]
    merged = np.zeros((T, D))
    for j in range(n_heads):
        cols = slice(j * dh, (j + 1) * dh)
        for i in range(T):
            scores = np.array([q[i, cols] @ k[t, cols] / math.sqrt(dh) for t in range(i + 1)])  # keys 0..i only
            w = np.exp(scores - scores.max())
            w /= w.sum()
            merged[i, cols] = sum(w[t] * v[t, cols] for t in range(i + 1))
    a = x + merged @ p["w_o"] + p["b_o"]
    h2 = np.array([ref_ln(a[t], p["ln2_g"], p["ln2_b"]) for t in range(T)])
    return a + ref_gelu(h2 @ p["w_fc"] + p["b_fc"]) @ p["w_proj"] + p["b_proj"]


def reference(x, p, n_heads):
    if x.ndim == 2:
        return ref_sequence(x, p, n_heads)
    return np.stack([ref_sequence(s, p, n_heads) for s in x])


def make_params(D, seed, scale=1.0):
    rng = np.random.default_rng(seed)
    n = lambda *shape: rng.normal(size=shape)  # noqa: E731
    return {
        "ln1_g": 1 + 0.3 * n(D), "ln1_b": 0.2 * n(D),
        "w_qkv": scale * n(D, 3 * D) / math.sqrt(D), "b_qkv": 0.2 * n(3 * D),
        "w_o": n(D, D) / math.sqrt(D), "b_o": 0.2 * n(D),
        "ln2_g": 1 + 0.3 * n(D), "ln2_b": 0.2 * n(D),
        "w_fc": n(D, 4 * D) / math.sqrt(D), "b_fc": 0.2 * n(4 * D),
        "w_proj": n(4 * D, D) / math.sqrt(4 * D), "b_proj": 0.2 * n(D),
    }


def copy_params(p):
    return {k: v.copy() for k, v in p.items()}


def block(x, p, n_heads):
    got = transformer_block(x.copy(), copy_params(p), n_heads)
    return as_array(got, f"transformer_block(x, params, n_heads={n_heads})", shape=x.shape)


def blank(D):
    return {"ln1_g": np.ones(D), "ln1_b": np.zeros(D), "w_qkv": np.zeros((D, 3 * D)), "b_qkv": np.zeros(3 * D),
            "w_o": np.eye(D), "b_o": np.zeros(D), "ln2_g": np.ones(D), "ln2_b": np.zeros(D),
            "w_fc": np.zeros((D, 4 * D)), "b_fc": np.zeros(4 * D), "w_proj": np.zeros((4 * D, D)), "b_proj": np.zeros(D)}


X_EX = np.array([[1.0, -1.0], [3.0, 5.0], [0.0, 2.0]])

CASES = {
    "(T, D) = (5, 8), 2 heads": ((5, 8), 2, 1),
    "(B, T, D) = (2, 4, 8), 4 heads": ((2, 4, 8), 4, 2),
    "(B, T, D) = (3, 6, 6), 3 heads": ((3, 6, 6), 3, 3),
    "(T, D) = (4, 4), 1 head": ((4, 4), 1, 4),
    "(B, T, D) = (1, 7, 12), 6 heads": ((1, 7, 12), 6, 5),
}


def case(name):
    shape, heads, seed = CASES[name]
    x = np.random.default_rng(100 + seed).normal(size=shape) * 1.5 + 0.5
    return x, make_params(shape[-1], seed), heads


def test_worked_example_attention():
    """Worked example 1: uniform causal attention adds the running mean of the normalised rows"""
    p = blank(2)
    p["w_qkv"][:, 4:] = np.eye(2)
    c = 1 / math.sqrt(1 + 1e-5)
    expected = X_EX + np.array([[c, -c], [0.0, 0.0], [-c / 3, c / 3]])
    assert_close(block(X_EX, p, 1), expected, rtol=1e-6, atol=1e-6, name="transformer_block on worked example 1")


def test_worked_example_mlp():
    """Worked example 2: b_o and one GELU unit add [1.341192, -0.841192] to every row"""
    p = blank(2)
    p["b_o"] = np.array([0.5, 0.0])
    p["b_fc"][0] = 1.0
    p["w_proj"][0] = [1.0, -1.0]
    g1 = 0.5 * (1 + math.tanh(math.sqrt(2 / math.pi) * 1.044715))
    assert_close(block(X_EX, p, 1), X_EX + np.array([0.5 + g1, -g1]), rtol=1e-6, atol=1e-6,
                 name="transformer_block on worked example 2")


@pytest.mark.parametrize("name", CASES)
def test_matches_definition(name):
    """Matches the pre-norm block written out position by position ({name})"""
    x, p, heads = case(name)
    assert_close(block(x, p, heads), reference(x, p, heads), **TOL, name="transformer_block(x, params, n_heads)")


@pytest.mark.parametrize("heads", [5, 3])
def test_heads_must_divide_width(heads):
    """n_heads={heads} does not divide D = 8: ValueError"""
    x, p, _ = case("(B, T, D) = (2, 4, 8), 4 heads")
    with pytest.raises(ValueError):
        transformer_block(x, p, heads)


def test_causal():
    """Position i does not depend on positions after i: changing x[:, 3:] leaves out[:, :3] unchanged"""
    x, p, heads = case("(B, T, D) = (2, 4, 8), 4 heads")
    x = np.concatenate([x, x[:, :2] * -2.0], axis=1)  # T = 6
    before = block(x, p, heads)
    changed = x.copy()
    changed[:, 3:] = np.random.default_rng(7).normal(size=changed[:, 3:].shape) * 3
    after = block(changed, p, heads)
    assert_close(after[:, :3], before[:, :3], **TOL, name="out[:, :3] after changing x[:, 3:]")
    assert_close(after, reference(changed, p, heads), **TOL, name="out after changing x[:, 3:]")


def test_single_position():
    """T = 1: the only position attends to itself"""
    x, p, heads = case("(B, T, D) = (3, 6, 6), 3 heads")
    x1 = x[:, :1]
    assert_close(block(x1, p, heads), reference(x1, p, heads), **TOL, name="transformer_block with T = 1")


def test_residual_stream_passes_through():
    """With both sub-layers' outputs zeroed (w_o, b_o, w_proj, b_proj = 0), the block returns x unchanged"""
    rng = np.random.default_rng(21)
    x = rng.normal(size=(2, 5, 6))
    x = (x - x.mean(-1, keepdims=True)) / x.std(-1, keepdims=True)  # rows already of mean 0 and variance 1
    p = make_params(6, 22)
    for k in ("w_o", "b_o", "w_proj", "b_proj", "ln1_b", "ln2_b"):
        p[k] = np.zeros_like(p[k])
    p["ln1_g"], p["ln2_g"] = np.ones(6), np.ones(6)
    assert_close(block(x, p, 2), x, rtol=1e-5, atol=1e-5, name="transformer_block with zero sub-layer outputs")


def test_first_position_sees_only_itself():
    """Position 0 attends to itself alone: out[:, 0] is finite and equals the block on x[:, :1]"""
    x, p, heads = case("(B, T, D) = (2, 4, 8), 4 heads")
    full = block(x, p, heads)
    assert_finite(full[:, 0], "out[:, 0]")
    assert_close(full[:, 0], block(x[:, :1], p, heads)[:, 0], **TOL, name="out[:, 0] vs the block on x[:, :1]")


def test_sequence_equals_batch_of_one():
    """A (T, D) input gives the same result as the (1, T, D) batch holding it"""
    x, p, heads = case("(T, D) = (5, 8), 2 heads")
    single = block(x, p, heads)
    batched = block(x[None], p, heads)
    assert_close(single, batched[0], **TOL, name="(T, D) result vs the (1, T, D) result")
    assert_close(single, reference(x, p, heads), **TOL, name="transformer_block on (T, D)")


def test_sequences_are_independent():
    """Each sequence of a batch is processed on its own"""
    x, p, heads = case("(B, T, D) = (3, 6, 6), 3 heads")
    got = block(x, p, heads)
    for b in range(3):
        assert_close(got[b], reference(x[b], p, heads), **TOL, name=f"sequence {b} of the batch")


def test_head_count_matters():
    """Same weights, 1 vs 4 heads: each head scales by 1 / sqrt(D / n_heads) and attends on its own"""
    x, p, _ = case("(B, T, D) = (2, 4, 8), 4 heads")
    one, four = block(x, p, 1), block(x, p, 4)
    assert_close(one, reference(x, p, 1), **TOL, name="transformer_block with 1 head")
    assert_close(four, reference(x, p, 4), **TOL, name="transformer_block with 4 heads")


def test_large_attention_scores():
    """Stable for attention scores up to about 1e3: finite and correct"""
    D, heads = 8, 2
    p = make_params(D, 11, scale=25.0)
    x = np.random.default_rng(12).normal(size=(2, 5, D)) * 2
    got = block(x, p, heads)
    assert_finite(got, "transformer_block with scores up to ~1e3")
    # Scores near 1e3 carry about 1e-4 of float32 rounding each, so this comparison is looser.
    assert_close(got, reference(x, p, heads), rtol=1e-4, atol=1e-4, name="transformer_block with scores up to ~1e3")


def test_constant_rows():
    """Constant rows (zero variance) are normalised to ln_b, not nan"""
    x = np.full((1, 3, 4), 2.5)
    x[0, 1] = -7.0
    p = make_params(4, 13)
    got = block(x, p, 2)
    assert_finite(got, "transformer_block on constant rows")
    assert_close(got, reference(x, p, 2), **TOL, name="transformer_block on constant rows")


def test_does_not_modify_inputs():
    """Leaves x and every array in params unchanged"""
    x, p, heads = case("(B, T, D) = (2, 4, 8), 4 heads")
    x_before, p_before = x.copy(), copy_params(p)
    transformer_block(x, p, heads)
    assert np.array_equal(x, x_before), "transformer_block changed x in place"
    assert set(p) == set(KEYS), f"transformer_block changed the keys of params: now {sorted(p)}"
    for k in KEYS:
        assert np.array_equal(p[k], p_before[k]), f"transformer_block changed params[{k!r}] in place"
