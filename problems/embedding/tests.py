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
    "{call} raised TypeError for 64-bit integer ids. In the browser numpy is 32-bit, and functions such as "
    "np.take and np.bincount refuse to narrow 64-bit ids; index with table[ids] / np.add.at, or convert first with "
    "ids.astype(np.intp)"
)


def call_with_ids(func, name, *args):
    try:
        return func(*args)
    except TypeError as exc:
        if "cast" in str(exc):
            raise AssertionError(PLATFORM_HINT.format(call=name)) from None
        raise


def check_repeats(got, ids, dout, vocab):
    want = ref_backward(ids, dout, vocab)
    counts = np.bincount(ids.reshape(-1).astype(np.intp), minlength=vocab)
    averaged = want / np.maximum(counts, 1)[:, None]
    if not np.allclose(averaged, want) and np.allclose(got, averaged):
        raise AssertionError(
            "each row holds the mean of the contributions of its id; the gradient is their sum "
            "(every occurrence of a token adds its own row of dout)"
        )
    lost = np.zeros((vocab, dout.shape[-1]))
    lost[ids] += dout  # what buffered fancy indexing gives: the last occurrence wins
    if not np.allclose(lost, ref_backward(ids, dout, vocab)) and np.allclose(got, lost):
        raise AssertionError(
            "repeated ids keep only one contribution: `dtable[ids] += dout` writes each repeated row once, "
            "the last write wins. Accumulate with np.add.at(dtable, ids, dout) (or a loop over the positions)."
        )
    row_ok = np.all(np.abs(got - want) <= 1e-6 * (1 + np.abs(want)), axis=1)
    if row_ok[counts <= 1].all() and not row_ok[counts > 1].all():
        bad = [int(v) for v in np.flatnonzero(~row_ok)]
        raise AssertionError(
            f"the rows of ids that occur more than once are wrong (rows {bad}), all others are right: every "
            "occurrence must add its row of dout to the sum. Fancy-index `+=` on a repeated index (also inside one "
            "row of a 2-D ids array) keeps only one occurrence; use np.add.at or loop over every position."
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
