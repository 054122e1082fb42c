import numpy as np
import pytest

from harness.testkit import as_array, assert_close, numerical_gradient
from solution import embedding_backward, embedding_forward

RTOL, ATOL = 1e-6, 1e-9

TABLE = np.array([[0.0, 0.1], [1.0, 1.1], [2.0, 2.1], [3.0, 3.1]])
IDS = np.array([2, 0, 2])
DOUT = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])

_rng = np.random.default_rng(0)
V, D = 7, 3
BIG_TABLE = _rng.normal(size=(V, D))
# Every case repeats ids, also inside one row, and leaves some rows (among them the last) unused.
SHAPES = {
    "ids of shape (6,)": np.array([1, 4, 1, 0, 4, 1]),
    "ids of shape (2, 4)": np.array([[3, 3, 0, 5], [5, 1, 3, 3]]),
    "ids of shape (2, 2, 3)": np.array([[[0, 2, 2], [4, 0, 2]], [[2, 2, 2], [1, 0, 5]]]),
}


def ref_backward(ids, dout, vocab):
    out = np.zeros((vocab, dout.shape[-1]))
    for p, v in enumerate(ids.reshape(-1)):
        out[v] += dout.reshape(-1, dout.shape[-1])[p]
    return out


def backward(ids, dout, vocab):
    got = as_array(embedding_backward(ids.copy(), dout.copy(), vocab), "embedding_backward(ids, dout, vocab_size)")
    want = (vocab, dout.shape[-1])
    if got.shape != want:
        raise AssertionError(
            f"the gradient has shape {got.shape}, expected (vocab_size, D) = {want}: one row per word of the "
            "vocabulary, even for ids that do not occur (their rows are 0)"
        )
    return got


PLATFORM_HINT = (
    "{call} raised TypeError for 64-bit integer ids ({error}). In the browser numpy is 32-bit, and functions such as "
    "np.take and np.bincount refuse to narrow 64-bit ids to 32 bits; index with table[ids] / np.add.at, or convert "
    "first with ids.astype(np.intp)"
)


def call_with_ids(func, name, ids, *args):
    """Call func(ids, *args). Only a refusal to narrow int64 ids to int32 gets the platform hint: other
    TypeErrors (say, a float added into an integer array) propagate as they are."""
    try:
        return func(ids, *args)
    except TypeError as exc:
        text = str(exc)
        if ids.dtype == np.int64 and "cast" in text.lower() and "int64" in text and "int32" in text:
            raise AssertionError(PLATFORM_HINT.format(call=name, error=text)) from None
        raise


def check_repeats(got, ids, dout, vocab):
    """Say so when exactly the rows of repeated ids are wrong (the page names the cause from the mutants:
    dtable[ids] += dout and dtable[ids] = dout give the same rows, so no cause is certain here)."""
    want = ref_backward(ids, dout, vocab)
    counts = np.bincount(ids.reshape(-1).astype(np.intp), minlength=vocab)
    row_ok = np.all(np.abs(got - want) <= 1e-6 * (1 + np.abs(want)), axis=1)
    if row_ok[counts <= 1].all() and not row_ok[counts > 1].all():
        bad = [int(v) for v in np.flatnonzero(~row_ok)]
        raise AssertionError(
            f"the rows of ids that occur more than once are wrong (rows {bad}, which occur "
            f"{[int(counts[v]) for v in bad]} times), all others are right: every occurrence adds its row of dout, "
            "so the row of a repeated id is the sum of all of them"
        )


# ---------- forward ----------


def test_forward_worked_example():
    """Forward pass of the worked example picks rows 2, 0, 2"""
    got = embedding_forward(IDS.copy(), TABLE.copy())
    assert_close(got, [[2.0, 2.1], [0.0, 0.1], [2.0, 2.1]], rtol=RTOL, atol=ATOL, name="embedding_forward(ids, table)")


@pytest.mark.parametrize("shape", SHAPES)
def test_forward_any_shape(shape):
    """Forward pass works for {shape} and returns shape ids.shape + (D,)"""
    ids = SHAPES[shape]
    got = as_array(embedding_forward(ids.copy(), BIG_TABLE.copy()), "embedding_forward(ids, table)")
    if got.shape != ids.shape + (D,):
        raise AssertionError(f"the output has shape {got.shape}, expected ids.shape + (D,) = {ids.shape + (D,)}")
    assert_close(got, BIG_TABLE[ids], rtol=RTOL, atol=ATOL, name="embedding_forward(ids, table)")


@pytest.mark.parametrize("kind", ["int32", "int64"])
def test_forward_integer_types(kind):
    """Forward pass accepts {kind} ids"""
    ids = SHAPES["ids of shape (2, 4)"].astype(kind)
    got = call_with_ids(embedding_forward, "embedding_forward", ids, BIG_TABLE.copy())
    assert_close(got, BIG_TABLE[SHAPES["ids of shape (2, 4)"]], rtol=RTOL, atol=ATOL, name="embedding_forward(ids, table)")


# ---------- backward ----------


def test_backward_worked_example():
    """Backward pass of the worked example: row 2 gets [1, 2] + [5, 6]"""
    got = backward(IDS, DOUT, 4)
    check_repeats(got, IDS, DOUT, 4)
    assert_close(got, [[3.0, 4.0], [0.0, 0.0], [6.0, 8.0], [0.0, 0.0]], rtol=RTOL, atol=ATOL,
                 name="embedding_backward(ids, dout, 4)")


def test_backward_shape_from_vocab_size():
    """Gradient has vocab_size rows even when the largest ids never occur"""
    got = backward(np.array([0, 1, 1]), np.ones((3, 2)), 6)
    check_repeats(got, np.array([0, 1, 1]), np.ones((3, 2)), 6)
    assert_close(got, [[1, 1], [2, 2], [0, 0], [0, 0], [0, 0], [0, 0]], rtol=RTOL, atol=ATOL, name="embedding_backward")


@pytest.mark.parametrize("shape", SHAPES)
def test_backward_any_shape(shape):
    """Backward pass accumulates repeated ids for {shape}"""
    ids = SHAPES[shape]
    dout = np.random.default_rng(1).normal(size=ids.shape + (D,))
    got = backward(ids, dout, V)
    check_repeats(got, ids, dout, V)
    assert_close(got, ref_backward(ids, dout, V), rtol=RTOL, atol=ATOL, name="embedding_backward(ids, dout, vocab_size)")


def test_backward_single_id_everywhere():
    """When every position holds the same id, its row is the sum of all of dout"""
    ids = np.full((3, 4), 2)
    dout = np.random.default_rng(2).normal(size=(3, 4, 2))
    got = backward(ids, dout, 5)
    check_repeats(got, ids, dout, 5)
    expected = np.zeros((5, 2))
    expected[2] = dout.reshape(-1, 2).sum(axis=0)
    if np.allclose(got[2], dout.reshape(-1, 2).mean(axis=0)):
        raise AssertionError("row 2 holds the mean of its 12 contributions; the gradient is their sum")
    assert_close(got, expected, rtol=RTOL, atol=ATOL, name="embedding_backward")


@pytest.mark.parametrize("kind", ["int32", "int64"])
def test_backward_integer_types(kind):
    """Backward pass accepts {kind} ids"""
    ids = SHAPES["ids of shape (6,)"]
    dout = np.random.default_rng(3).normal(size=(6, D))
    got = call_with_ids(backward, "embedding_backward", ids.astype(kind), dout, V)
    assert_close(got, ref_backward(ids, dout, V), rtol=RTOL, atol=ATOL, name="embedding_backward")


def test_backward_matches_finite_differences():
    """Gradient matches finite differences of sum(embedding_forward(ids, table) * dout)"""
    ids = SHAPES["ids of shape (2, 4)"]
    dout = np.random.default_rng(4).normal(size=ids.shape + (D,))
    numeric = numerical_gradient(lambda t: float(np.sum(t[ids] * dout)), BIG_TABLE)
    got = backward(ids, dout, V)
    assert_close(got, numeric, rtol=1e-5, atol=1e-6, name="embedding_backward")


def test_does_not_modify_inputs():
    """Forward and backward leave ids, table and dout unchanged"""
    ids, table, dout = IDS.copy(), TABLE.copy(), DOUT.copy()
    got = embedding_forward(ids, table)
    embedding_backward(ids, dout, 4)
    assert np.array_equal(ids, IDS), "a function changed the caller's ids"
    assert np.array_equal(table, TABLE), "embedding_forward changed the caller's table"
    assert np.array_equal(dout, DOUT), "embedding_backward changed the caller's dout"
    if isinstance(got, np.ndarray) and np.shares_memory(got, table):
        raise AssertionError("embedding_forward returned a view of the table; return a new array")
