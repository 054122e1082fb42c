import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import attention

RTOL, ATOL = 1e-5, 1e-8
OUT_ATOL = 1e-6  # out is O(1) and may cancel to near 0: allow float32 rounding


def ref_attention(q, k, v, mask=None):
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    s = np.einsum("...id,...jd->...ij", q, k) / np.sqrt(q.shape[-1])
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return np.einsum("...ij,...jd->...id", w, v), w


def unpack(result, out_shape, w_shape):
    """The (out, weights) pair, each checked to be an array of the right shape."""
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        kind = type(result).__name__
        raise AssertionError(
            f"attention() should return a pair (out, weights), got {kind}"
            + (f" of length {len(result)}" if isinstance(result, (tuple, list)) else "")
            + ": end with `return out, weights`"
        )
    out = as_array(result[0], "out (first returned value)")
    w = as_array(result[1], "weights (second returned value)")
    if w.shape != tuple(w_shape) and w.shape[-2:] == tuple(w_shape)[-2:][::-1]:
        raise AssertionError(
            f"weights has shape {w.shape}, expected {tuple(w_shape)} (..., Tq, Tk): its last two axes are (Tk, Tq)"
        )
    as_array(w, "weights (second returned value)", shape=w_shape)
    as_array(out, "out (first returned value)", shape=out_shape)
    return out, w


def call(q, k, v, mask=None):
    """attention() on copies, so a solution that edits its inputs fails only the test about that."""
    copy = lambda a: None if a is None else np.array(a)  # noqa: E731
    return attention(copy(q), copy(k), copy(v), copy(mask))


def random_mask(rng, shape):
    """A boolean mask of `shape` with at least one True in every row (last axis)."""
    mask = rng.random(shape) < 0.5
    rows = mask.reshape(-1, shape[-1])
    rows[np.arange(len(rows)), rng.integers(0, shape[-1], len(rows))] = True
    return rows.reshape(shape)


def check_blocked(w, mask, what, qkv=None):
    """Weights where the mask is False must be exactly 0. The inverted mask is named only when the
    weights are exactly its weights; other causes are named by the page from the mutants."""
    mask = np.broadcast_to(mask, w.shape)
    blocked = w[~mask]
    if np.all(blocked == 0):
        return
    inverted = ~mask
    if np.isnan(w).any():
        where = np.argwhere(np.isnan(w))[0]
        fact = (f"the weights contain nan ({int(np.isnan(w).sum())} entries, the first at index {tuple(int(i) for i in where)}); "
                "put -np.inf at the blocked scores (np.where(mask, scores, -np.inf)) before a stable softmax")
    elif qkv is not None and inverted.any(axis=-1).all() and np.allclose(w, ref_attention(*qkv, inverted)[1], atol=1e-6):
        fact = ("the weights are exactly those of the inverted mask (~mask). "
                "True means 'may attend', so block the entries where mask is False")
    else:
        fact = "put -np.inf at the blocked scores before the softmax, so that exp gives exactly 0 there"
    worst = float(np.nanmax(np.abs(blocked))) if not np.all(np.isnan(blocked)) else float("nan")
    raise AssertionError(
        f"{what}: weights where mask is False should be exactly 0, but {int(np.sum(blocked != 0))} of them are not "
        f"(largest {worst:.3g}); {fact}"
    )


# The statement's worked example: d = 4, so the scores are q.k / 2.
Q = np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 2.0, 0.0, 0.0]])
K = np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0]])
V = np.array([[1.0, 0.0], [0.0, 1.0], [10.0, 10.0]])
MASK = np.array([[True, True, False], [True, True, True]])
E = np.e
BIG, SMALL = E / (E + 2), 1 / (E + 2)  # softmax([1, 0, 0])

_rng = np.random.default_rng(0)
SHAPES = {
    "no batch axes: Tq=3, Tk=5, d=4, dv=2": ((), 3, 5, 4, 2),
    "one batch axis: (2, Tq=4, d=6), Tk=3, dv=5": ((2,), 4, 3, 6, 5),
    "two batch axes: (2, 3, Tq=2, d=8), Tk=6, dv=3": ((2, 3), 2, 6, 8, 3),
}


def make(case, seed=0, scale=1.0):
    lead, tq, tk, d, dv = SHAPES[case]
    rng = np.random.default_rng(seed)
    q = rng.normal(size=lead + (tq, d)) * scale
    k = rng.normal(size=lead + (tk, d)) * scale
    v = rng.normal(size=lead + (tk, dv))
    return q, k, v, lead + (tq, dv), lead + (tq, tk)


def test_worked_example_weights():
    """Worked example: weights are softmax([1, 0, 0]) = [0.5761, 0.2119, 0.2119] and its shift"""
    _, w = unpack(call(Q, K, V), (2, 2), (2, 3))
    assert_close(w, [[BIG, SMALL, SMALL], [SMALL, BIG, SMALL]], rtol=RTOL, atol=ATOL, name="weights")


def test_worked_example_output():
    """Worked example: out = weights @ v = [[2.6955, 2.3314], [2.3314, 2.6955]]"""
    out, _ = unpack(call(Q, K, V), (2, 2), (2, 3))
    expected = [[BIG + 10 * SMALL, SMALL + 10 * SMALL], [SMALL + 10 * SMALL, BIG + 10 * SMALL]]
    assert_close(out, expected, rtol=RTOL, atol=OUT_ATOL, name="out")


@pytest.mark.parametrize("case", SHAPES)
def test_shapes(case):
    """Returns out (..., Tq, dv) and weights (..., Tq, Tk): {case}"""
    q, k, v, out_shape, w_shape = make(case)
    unpack(call(q, k, v), out_shape, w_shape)


@pytest.mark.parametrize("case", SHAPES)
def test_matches_reference(case):
    """Matches softmax(q k^T / sqrt(d)) v: {case}"""
    q, k, v, out_shape, w_shape = make(case, seed=1)
    out, w = unpack(call(q, k, v), out_shape, w_shape)
    ref_out, ref_w = ref_attention(q, k, v)
    assert_close(w, ref_w, rtol=RTOL, atol=ATOL, name="weights")
    assert_close(out, ref_out, rtol=RTOL, atol=OUT_ATOL, name="out")


def test_rows_sum_to_one():
    """Each query's weights are positive and sum to 1 over the keys (softmax over the last axis)"""
    q, k, v, out_shape, w_shape = make("one batch axis: (2, Tq=4, d=6), Tk=3, dv=5", seed=2)
    _, w = unpack(call(q, k, v), out_shape, w_shape)
    sums = w.sum(axis=-1)
    assert np.all(np.abs(sums - 1) < 1e-6), (
        f"the weights of each query (a row, last axis) should sum to 1, but the row sums are\n{sums}\n"
        "The softmax normalises over the keys, the last axis"
    )
    assert np.all(w > 0), "without a mask every weight should be strictly positive (an exp divided by a sum)"


def test_scaled_by_sqrt_d():
    """Scores are divided by sqrt(d) = 3 for d = 9 (not by d, and not left unscaled)"""
    q = np.zeros((1, 9))
    q[0, :] = 1.0
    k = np.zeros((2, 9))
    k[0, :] = 1.0  # q.k = 9, so the scaled score is 3; the other key scores 0
    v = np.eye(2)
    _, w = unpack(call(q, k, v), (1, 2), (1, 2))
    right = 1 / (1 + np.exp(-3.0))
    got = float(w[0, 0])
    for wrong, scores in ((1 / (1 + np.exp(-1.0)), "[1, 0], q.k / d"), (1 / (1 + np.exp(-9.0)), "[9, 0], q.k unscaled")):
        assert abs(got - wrong) > 1e-6, (
            f"weight of the matching key is {got:.6g}, expected {right:.6g} (scores [3, 0] = q.k / sqrt(9)): "
            f"{got:.6g} is the weight for scores {scores}"
        )
    assert_close(w, [[right, 1 - right]], rtol=RTOL, atol=ATOL, name="weights")


def test_mask_worked_example():
    """Worked example with a mask: query 0 may not see key 2, so its weights are [0.7311, 0.2689, 0]"""
    out, w = unpack(call(Q, K, V, MASK), (2, 2), (2, 3))
    check_blocked(w, MASK, "attention(q, k, v, mask)", (Q, K, V))
    a, b = E / (E + 1), 1 / (E + 1)
    assert_close(w, [[a, b, 0.0], [SMALL, BIG, SMALL]], rtol=RTOL, atol=ATOL, name="weights")
    assert_close(out, [[a, b], [SMALL + 10 * SMALL, BIG + 10 * SMALL]], rtol=RTOL, atol=OUT_ATOL, name="out")


@pytest.mark.parametrize("case", SHAPES)
def test_mask_same_shape(case):
    """A full-shape mask gives exactly 0 where it is False, and the softmax over the rest: {case}"""
    q, k, v, out_shape, w_shape = make(case, seed=3)
    mask = random_mask(np.random.default_rng(3), w_shape)
    out, w = unpack(call(q, k, v, mask), out_shape, w_shape)
    check_blocked(w, mask, f"mask of shape {mask.shape}", (q, k, v))
    ref_out, ref_w = ref_attention(q, k, v, mask)
    assert_close(w, ref_w, rtol=RTOL, atol=ATOL, name="weights")
    assert_close(out, ref_out, rtol=RTOL, atol=OUT_ATOL, name="out")


def test_mask_broadcasts_over_batch():
    """A (Tq, Tk) mask is shared by every batch entry of q of shape (2, 3, Tq, d)"""
    q, k, v, out_shape, w_shape = make("two batch axes: (2, 3, Tq=2, d=8), Tk=6, dv=3", seed=4)
    mask = random_mask(np.random.default_rng(4), w_shape[-2:])
    out, w = unpack(call(q, k, v, mask), out_shape, w_shape)
    check_blocked(w, mask, f"mask of shape {mask.shape} with weights of shape {w_shape}", (q, k, v))
    ref_out, ref_w = ref_attention(q, k, v, mask)
    assert_close(w, ref_w, rtol=RTOL, atol=ATOL, name="weights")
    assert_close(out, ref_out, rtol=RTOL, atol=OUT_ATOL, name="out")


def test_padding_mask_broadcasts():
    """A key-padding mask of shape (B, 1, 1, Tk) hides the padded keys from every head and query"""
    rng = np.random.default_rng(5)
    q, k, v = rng.normal(size=(2, 3, 4, 8)), rng.normal(size=(2, 3, 5, 8)), rng.normal(size=(2, 3, 5, 2))
    lengths = np.array([5, 2])  # example 1 has only 2 real keys, the last 3 are padding
    mask = (np.arange(5) < lengths[:, None])[:, None, None, :]
    out, w = unpack(call(q, k, v, mask), (2, 3, 4, 2), (2, 3, 4, 5))
    check_blocked(w, mask, "padding mask of shape (2, 1, 1, 5)", (q, k, v))
    # Example 1 must equal plain attention over its 2 real keys only.
    short_out, short_w = ref_attention(q[1], k[1, :, :2], v[1, :, :2])
    assert_close(w[1, :, :, :2], short_w, rtol=RTOL, atol=ATOL, name="weights of the real keys of example 1")
    assert_close(out[1], short_out, rtol=RTOL, atol=OUT_ATOL, name="out of example 1 (same as attention over its 2 real keys)")
    ref_out, _ = ref_attention(q, k, v, mask)
    assert_close(out, ref_out, rtol=RTOL, atol=OUT_ATOL, name="out")


def test_mask_none_is_no_mask():
    """mask=None and an all-True mask give the same result"""
    q, k, v, out_shape, w_shape = make("no batch axes: Tq=3, Tk=5, d=4, dv=2", seed=6)
    out, w = unpack(call(q, k, v), out_shape, w_shape)
    out_all, w_all = unpack(call(q, k, v, np.ones(w_shape, dtype=bool)), out_shape, w_shape)
    assert_close(w_all, w, rtol=RTOL, atol=ATOL, name="weights with an all-True mask (vs mask=None)")
    assert_close(out_all, out, rtol=RTOL, atol=OUT_ATOL, name="out with an all-True mask (vs mask=None)")


@pytest.mark.parametrize("allowed_score", [-5000.0, -9800.0])
def test_masked_keys_with_huge_scores(allowed_score):
    """Blocked keys get weight exactly 0 even when their scores (+9000) dwarf the allowed ones ({allowed_score:g})"""
    # d = 4, so score = q.k / 2. Keys 0 and 2 are allowed (equal scores), keys 1 and 3 are blocked.
    q = np.array([[100.0, 0.0, 0.0, 0.0]])
    a = 2 * allowed_score / 100
    k = np.array([[a, 0, 0, 0], [180.0, 0, 0, 0], [a, 0, 0, 0], [0.0, 0, 0, 0]])
    v = np.array([[1.0, 0.0], [50.0, 50.0], [0.0, 1.0], [-50.0, 50.0]])
    mask = np.array([[True, False, True, False]])
    out, w = unpack(call(q, k, v, mask), (1, 2), (1, 4))
    assert_finite(w, "weights")
    check_blocked(w, mask, f"allowed scores {allowed_score:g}, blocked scores 9000 and 0")
    assert_close(w, [[0.5, 0.0, 0.5, 0.0]], rtol=RTOL, atol=ATOL, name="weights")
    assert_close(out, [[0.5, 0.5]], rtol=RTOL, atol=OUT_ATOL, name="out")


def test_large_scores_are_stable():
    """Stable for scores near +-1000: no overflow, the right weights"""
    rng = np.random.default_rng(7)
    q = rng.normal(size=(2, 3, 4)) * 15
    k = rng.normal(size=(2, 5, 4)) * 15
    v = rng.normal(size=(2, 5, 3))
    q[0, 0] = [30.0, 30.0, 0.0, 0.0]
    k[0, :2] = [[33.0, 33.0, 0.0, 0.0], [32.5, 33.0, 0.0, 0.0]]  # scores 990 and 982.5
    out, w = unpack(call(q, k, v), (2, 3, 3), (2, 3, 5))
    assert_finite(w, "weights")
    assert_finite(out, "out")
    ref_out, ref_w = ref_attention(q, k, v)
    assert_close(w, ref_w, rtol=1e-3, atol=1e-8, name="weights")
    assert_close(out, ref_out, rtol=1e-3, atol=1e-6, name="out")


def test_does_not_modify_inputs():
    """q, k, v and mask are left unchanged"""
    q, k, v, _, w_shape = make("one batch axis: (2, Tq=4, d=6), Tk=3, dv=5", seed=8)
    mask = random_mask(np.random.default_rng(8), w_shape)
    copies = [a.copy() for a in (q, k, v, mask)]
    attention(q, k, v, mask)
    for name, before, after in zip(("q", "k", "v", "mask"), copies, (q, k, v, mask)):
        assert np.array_equal(before, after), (
            f"attention() changed the caller's {name}: compute new arrays (q / np.sqrt(d), not q /= ...)"
        )
