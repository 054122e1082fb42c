import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import gpt_forward

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-5)
BLOCK_KEYS = ("ln1_g", "ln1_b", "w_qkv", "b_qkv", "w_o", "b_o", "ln2_g", "ln2_b", "w_fc", "b_fc", "w_proj", "b_proj")


def ref_ln(v, g, b):
    n = len(v)
    mu = sum(v) / n
    var = sum((t - mu) ** 2 for t in v) / n
    return np.array([g[i] * (v[i] - mu) / math.sqrt(var + 1e-5) + b[i] for i in range(n)])


def ref_gelu(u):
    return 0.5 * u * (1 + np.tanh(math.sqrt(2 / math.pi) * (u + 0.044715 * u**3)))


def ref_block(x, p, n_heads):
    """GPT-2's pre-norm block on a (T, D) sequence, position by position and head by head."""
    T, D = x.shape
    dh = D // n_heads
    h = np.array([ref_ln(x[t], p["ln1_g"], p["ln1_b"]) for t in range(T)])
    qkv = h @ p["w_qkv"] + p["b_qkv"]
    q, k, v = qkv[:, :D], qkv[:, D:2 * D], qkv[:, 2 * D:]
    merged = np.zeros((T, D))
    for j in range(n_heads):
        cols = slice(j * dh, (j + 1) * dh)
        for i in range(T):
            s = np.array([q[i, cols] @ k[t, cols] / math.sqrt(dh) for t in range(i + 1)])
            w = np.exp(s - s.max())
            w /= w.sum()
            merged[i, cols] = sum(w[t] * v[t, cols] for t in range(i + 1))
    a = x + merged @ p["w_o"] + p["b_o"]
    h2 = np.array([ref_ln(a[t], p["ln2_g"], p["ln2_b"]) for t in range(T)])
    return a + ref_gelu(h2 @ p["w_fc"] + p["b_fc"]) @ p["w_proj"] + p["b_proj"]


def reference(tokens, params, n_heads):
    tokens = [int(t) for t in tokens]
    x = np.array([params["wte"][t] + params["wpe"][i] for i, t in enumerate(tokens)])
    for block in params["blocks"]:
        x = ref_block(x, block, n_heads)
    x = np.array([ref_ln(row, params["lnf_g"], params["lnf_b"]) for row in x])
    return np.array([[row @ params["wte"][v] for v in range(params["wte"].shape[0])] for row in x])


def make_block(D, rng, scale=1.0):
    n = lambda *shape: rng.normal(size=shape)  # noqa: E731
    return {
        "ln1_g": 1 + 0.3 * n(D), "ln1_b": 0.2 * n(D),
        "w_qkv": scale * n(D, 3 * D) / math.sqrt(D), "b_qkv": 0.2 * n(3 * D),
        "w_o": n(D, D) / math.sqrt(D), "b_o": 0.2 * n(D),
        "ln2_g": 1 + 0.3 * n(D), "ln2_b": 0.2 * n(D),
        "w_fc": n(D, 4 * D) / math.sqrt(D), "b_fc": 0.2 * n(4 * D),
        "w_proj": n(4 * D, D) / math.sqrt(4 * D), "b_proj": 0.2 * n(D),
    }


def make_params(V, D, T_max, n_blocks, seed, scale=1.0):
    rng = np.random.default_rng(seed)
    return {
        "wte": rng.normal(size=(V, D)), "wpe": rng.normal(size=(T_max, D)) * 0.5,
        "blocks": [make_block(D, rng, scale) for _ in range(n_blocks)],
        "lnf_g": 1 + 0.3 * rng.normal(size=D), "lnf_b": 0.2 * rng.normal(size=D),
    }


def copy_params(p):
    return {"wte": p["wte"].copy(), "wpe": p["wpe"].copy(), "blocks": [{k: v.copy() for k, v in b.items()} for b in p["blocks"]],
            "lnf_g": p["lnf_g"].copy(), "lnf_b": p["lnf_b"].copy()}


def forward(tokens, p, n_heads):
    got = gpt_forward(tokens.copy(), copy_params(p), n_heads)
    return as_array(got, f"gpt_forward(tokens, params, n_heads={n_heads})", shape=(len(tokens), p["wte"].shape[0]))


EXAMPLE = {
    "wte": np.array([[2.0, 0.0], [0.0, 2.0], [1.0, 1.0]]),
    "wpe": np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 1.0], [0.0, 0.0]]),
    "blocks": [],
    "lnf_g": np.ones(2), "lnf_b": np.zeros(2),
}

CASES = {
    "1 block, 2 heads, T=5": (11, 8, 8, 1, 2, 5, 1),
    "2 blocks, 4 heads, T=6": (13, 8, 6, 2, 4, 6, 2),
    "3 blocks, 1 head, T=4": (7, 4, 5, 3, 1, 4, 3),
    "2 blocks, 3 heads, T=7, D=6": (9, 6, 10, 2, 3, 7, 4),
}


def case(name):
    V, D, T_max, L, heads, T, seed = CASES[name]
    p = make_params(V, D, T_max, L, seed)
    tokens = np.random.default_rng(50 + seed).integers(0, V, size=T)
    return tokens, p, heads


def test_worked_example():
    """Worked example: no blocks, logits rows [2c, -2c, 0], [-2c, 2c, 0], [2c, -2c, 0] with c = 0.999995"""
    c = 1 / math.sqrt(1 + 1e-5)
    expected = [[2 * c, -2 * c, 0.0], [-2 * c, 2 * c, 0.0], [2 * c, -2 * c, 0.0]]
    assert_close(forward(np.array([0, 1, 2]), EXAMPLE, 1), expected, rtol=1e-6, atol=1e-6, name="gpt_forward on the worked example")


@pytest.mark.parametrize("name", CASES)
def test_matches_definition(name):
    """Matches embed, blocks in order, final layer norm, tied read-out ({name})"""
    tokens, p, heads = case(name)
    assert_close(forward(tokens, p, heads), reference(tokens, p, heads), **TOL, name="logits")


def test_no_blocks():
    """With an empty block list: final layer norm of the embeddings, times wte.T"""
    p = make_params(10, 6, 8, 0, 20)
    tokens = np.array([3, 3, 9, 0, 3])
    assert_close(forward(tokens, p, 2), reference(tokens, p, 2), **TOL, name="logits with no blocks")


def test_positions_come_from_wpe_rows():
    """Position i adds wpe[i] whatever the token: the same token at 4 positions gets 4 different rows"""
    p = make_params(6, 4, 6, 1, 21)
    tokens = np.array([5, 5, 5, 5])
    got = forward(tokens, p, 2)
    assert_close(got, reference(tokens, p, 2), **TOL, name="logits for the tokens [5, 5, 5, 5]")


def test_block_order():
    """Blocks run in list order: swapping the two blocks gives the reference for the swapped list"""
    tokens, p, heads = case("2 blocks, 4 heads, T=6")
    swapped = copy_params(p)
    swapped["blocks"] = swapped["blocks"][::-1]
    assert_close(forward(tokens, p, heads), reference(tokens, p, heads), **TOL, name="logits")
    assert_close(forward(tokens, swapped, heads), reference(tokens, swapped, heads), **TOL, name="logits with the blocks swapped")


def test_each_block_uses_its_own_parameters():
    """Each block uses its own parameters: blocks [A, B, A]"""
    tokens, p, heads = case("2 blocks, 4 heads, T=6")
    p = copy_params(p)
    p["blocks"] = [p["blocks"][0], p["blocks"][1], {k: v.copy() for k, v in p["blocks"][0].items()}]
    assert_close(forward(tokens, p, heads), reference(tokens, p, heads), **TOL, name="logits for blocks [A, B, A]")


def test_single_token():
    """A single token (T = 1)"""
    tokens, p, heads = case("2 blocks, 3 heads, T=7, D=6")
    assert_close(forward(tokens[:1], p, heads), reference(tokens[:1], p, heads), **TOL, name="logits for one token")


def test_full_context_allowed():
    """T = T_max is allowed"""
    p = make_params(9, 6, 7, 1, 22)
    tokens = np.random.default_rng(23).integers(0, 9, size=7)
    assert_close(forward(tokens, p, 3), reference(tokens, p, 3), **TOL, name="logits for T = T_max = 7")


@pytest.mark.parametrize("T, n_blocks", [(0, 0), (0, 1), (8, 1), (12, 0)])
def test_bad_length_raises(T, n_blocks):
    """T = {T} with T_max = 7 and {n_blocks} block(s): ValueError"""
    p = make_params(9, 6, 7, n_blocks, 24)
    tokens = np.random.default_rng(25).integers(0, 9, size=T)
    with pytest.raises(ValueError):
        gpt_forward(tokens, p, 3)


def test_zero_position_table():
    """With an all-zero position table, the logits depend on the tokens only (and match the reference)"""
    p = make_params(8, 4, 6, 1, 27)
    p["wpe"] = np.zeros_like(p["wpe"])
    tokens = np.array([2, 6, 2, 1])
    assert_close(forward(tokens, p, 2), reference(tokens, p, 2), **TOL, name="logits with wpe = 0")


def test_readout_of_normalised_rows():
    """Tied read-out: when the embedded rows are already normalised (and lnf is 1, 0), logits = x @ wte.T"""
    rng = np.random.default_rng(28)
    V, D, T = 7, 5, 4
    wte = rng.normal(size=(V, D))
    tokens = np.array([4, 0, 4, 6])
    z = rng.normal(size=(T, D))
    z = (z - z.mean(axis=1, keepdims=True)) / z.std(axis=1, keepdims=True)  # mean 0, variance 1 rows
    p = {"wte": wte, "wpe": z - wte[tokens], "blocks": [], "lnf_g": np.ones(D), "lnf_b": np.zeros(D)}
    assert_close(forward(tokens, p, 1), z @ wte.T / math.sqrt(1 + 1e-5), **TOL, name="logits of normalised rows")


def test_causal():
    """Logits at position i do not depend on the tokens after i"""
    tokens, p, heads = case("2 blocks, 4 heads, T=6")
    before = forward(tokens, p, heads)
    changed = tokens.copy()
    changed[3:] = (changed[3:] + 5) % 13
    after = forward(changed, p, heads)
    assert_close(after[:3], before[:3], **TOL, name="logits[:3] after changing tokens[3:]")
    assert_close(after, reference(changed, p, heads), **TOL, name="logits after changing tokens[3:]")


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint8"])
def test_integer_dtypes(dtype):
    """Token ids as {dtype}"""
    tokens, p, heads = case("1 block, 2 heads, T=5")
    assert_close(forward(tokens.astype(dtype), p, heads), reference(tokens, p, heads), **TOL, name=f"logits for {dtype} tokens")


def test_large_attention_scores():
    """Stable for attention scores up to about 1e3: finite and correct"""
    p = make_params(12, 8, 6, 2, 26, scale=25.0)
    tokens = np.array([1, 7, 7, 3, 11, 0])
    got = forward(tokens, p, 2)
    assert_finite(got, "logits with attention scores up to ~1e3")
    # Scores near 1e3 carry about 1e-4 of float32 rounding each, so this comparison is looser.
    assert_close(got, reference(tokens, p, 2), rtol=1e-4, atol=1e-4, name="logits with attention scores up to ~1e3")


def test_does_not_modify_inputs():
    """Leaves tokens, wte, wpe, lnf_g, lnf_b, the block list and every block's arrays unchanged"""
    tokens, p, heads = case("2 blocks, 4 heads, T=6")
    tokens_before, before = tokens.copy(), copy_params(p)
    blocks_list = p["blocks"]
    gpt_forward(tokens, p, heads)
    assert np.array_equal(tokens, tokens_before), "gpt_forward changed tokens in place"
    for k in ("wte", "wpe", "lnf_g", "lnf_b"):
        assert np.array_equal(p[k], before[k]), f"gpt_forward changed params[{k!r}] in place"
    assert p["blocks"] is blocks_list and len(blocks_list) == 2, "gpt_forward changed params['blocks']"
    for i, (blk, old) in enumerate(zip(blocks_list, before["blocks"])):
        assert set(blk) == set(BLOCK_KEYS), f"gpt_forward changed the keys of block {i}"
        for k in BLOCK_KEYS:
            assert np.array_equal(blk[k], old[k]), f"gpt_forward changed params['blocks'][{i}][{k!r}] in place"
