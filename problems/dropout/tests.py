import numpy as np
import pytest

from harness.testkit import as_array, assert_close, numerical_gradient
from solution import dropout, dropout_backward

RTOL, ATOL = 1e-6, 1e-9

X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])

_rng = np.random.default_rng(100)
SHAPES = {
    "x of shape (10,)": _rng.normal(size=10),
    "x of shape (4, 5)": _rng.normal(size=(4, 5)),
    "x of shape (2, 3, 4)": _rng.normal(size=(2, 3, 4)),
}
PS = [0.1, 0.5, 0.9]


def expected_mask(shape, p, seed):
    return np.random.default_rng(seed).random(shape) >= p


class Drawn:
    """What a call did with its generator: the seed it started from, and the generator after."""

    def __init__(self, seed):
        self.seed = seed
        self.rng = np.random.default_rng(seed)

    def untouched(self):
        return self.rng.bit_generator.state == np.random.default_rng(self.seed).bit_generator.state


LAST = {}


def run(x, p, seed):
    """(out, mask) from the learner's dropout, checked for type and shape."""
    drawn = LAST["drawn"] = Drawn(seed)
    got = dropout(x.copy(), p, drawn.rng)
    if got is None:
        raise AssertionError("dropout returned None: did it forget to `return out, mask`?")
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"dropout should return the pair (out, mask), got {what}")
    out, mask = got
    out = as_array(out, "out", shape=x.shape)
    mask = np.asarray(mask)
    if mask.shape != x.shape:
        raise AssertionError(f"mask has shape {mask.shape}, expected the shape of x, {x.shape}")
    if mask.dtype != bool:
        raise AssertionError(
            "mask should be a boolean array (True = keep), as `rng.random(x.shape) >= p` gives; "
            "got an array of " + ("numbers" if mask.dtype.kind in "fiu" else "something else")
            + " (don't convert the mask with astype)"
        )
    return out, mask


# Below this many entries, a mask equal to some other rule of the same draws can be chance
# (a mask drawn elsewhere matches any given 6-entry mask one time in 64): no cause is named.
NAMED_FROM = 20


def check_mask(mask, shape, p, seed):
    want = expected_mask(shape, p, seed)
    if np.array_equal(mask, want):
        return
    if LAST["drawn"].untouched():
        raise AssertionError(
            "the mask is not drawn from the generator passed in: rng is exactly as it was before the call. "
            "Draw the mask with rng.random(x.shape) >= p (not np.random, which is another generator)"
        )
    generator = np.random.default_rng(seed)
    uniform = generator.random(shape)
    if mask.size < NAMED_FROM:
        raise AssertionError(
            f"the mask differs from `rng.random(x.shape) >= p` at {int((mask != want).sum())} of {mask.size} entries"
        )
    if np.array_equal(mask, uniform < p) and p == 0.5:
        raise AssertionError(
            "the mask is the opposite of the right one: it keeps the entries whose random number is below p; "
            "the statement keeps those with rng.random(x.shape) >= p"
        )
    if np.array_equal(mask, uniform < 1 - p):
        raise AssertionError(
            "the mask equals `rng.random(x.shape) < 1 - p` (which is also what rng.binomial(1, 1 - p) draws here): "
            "it keeps entries with the right probability, but not the ones the statement specifies; "
            "use `rng.random(x.shape) >= p`"
        )
    if np.array_equal(mask, uniform > p):
        raise AssertionError(
            "the mask drops an entry whose random number equals p exactly: it uses `> p`; "
            "the statement keeps every entry with rng.random(x.shape) >= p (equal to p counts as kept)"
        )
    if np.array_equal(mask, uniform < p):
        raise AssertionError(
            "the mask keeps the entries whose random number is below p, so it keeps each entry with probability p; "
            "p is the probability to DROP: mask = rng.random(x.shape) >= p"
        )
    raise AssertionError(
        f"the mask differs from `rng.random(x.shape) >= p` at {int((mask != want).sum())} of {mask.size} entries. "
        "Draw it with exactly one call rng.random(x.shape) from the given generator (not rng.binomial, "
        "not np.random, and no other draw before it)"
    )


# ---------- forward ----------


def test_worked_example():
    """Worked example: seed 0, p = 0.5 gives [[2, 0, 0], [0, 10, 12]]"""
    out, mask = run(X, 0.5, 0)
    check_mask(mask, X.shape, 0.5, 0)
    assert_close(out, [[2.0, 0.0, 0.0], [0.0, 10.0, 12.0]], rtol=RTOL, atol=ATOL, name="out")


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("p", PS)
def test_mask_matches_seeded_generator(shape, p):
    """mask equals rng.random(x.shape) >= p from the same seed ({shape}, p = {p})"""
    x = SHAPES[shape]
    _, mask = run(x, p, 7)
    check_mask(mask, x.shape, p, 7)


def test_random_number_equal_to_p_is_kept():
    """An entry whose random number equals p exactly is kept (>= p, not > p)"""
    x = SHAPES["x of shape (4, 5)"]
    p = float(np.random.default_rng(11).random(x.shape)[1, 2])  # the draw of entry (1, 2) for seed 11
    out, mask = run(x, p, 11)
    check_mask(mask, x.shape, p, 11)
    assert_close(out, x * mask / (1 - p), rtol=RTOL, atol=ATOL, name="out")


@pytest.mark.parametrize("p", PS)
def test_output_values(p):
    """out = x * mask / (1 - p): kept entries scaled, dropped entries 0 (p = {p})"""
    x = SHAPES["x of shape (4, 5)"]
    out, mask = run(x, p, 3)
    check_mask(mask, x.shape, p, 3)
    kept = mask
    if kept.any() and np.allclose(out[kept], x[kept]):
        raise AssertionError("kept entries are unchanged: inverted dropout divides them by (1 - p) to keep the expected value")
    if kept.any() and p != 0.5 and np.allclose(out[kept], x[kept] / p):
        raise AssertionError("kept entries are divided by p; divide by the keep probability, 1 - p")
    assert_close(out, x * mask / (1 - p), rtol=RTOL, atol=ATOL, name="out")


def test_preserves_the_mean():
    """Preserves the expected value: dropout of 20,000 ones averages about 1"""
    x = np.ones(20000)
    out, _ = run(x, 0.5, 11)
    mean = float(out.mean())
    assert abs(mean - 1.0) < 0.05, (
        f"out.mean() is {mean:.4f} for an input of ones; inverted dropout should keep the mean at about 1 "
        "(keep with probability 1 - p, then divide by 1 - p)"
    )


@pytest.mark.parametrize("p", [0.0, 0.3])
def test_draws_exactly_once(p):
    """Draws exactly one rng.random(x.shape) from the generator (p = {p})"""
    x = SHAPES["x of shape (2, 3, 4)"]
    rng = np.random.default_rng(5)
    dropout(x.copy(), p, rng)
    after = rng.random(3)
    twin = np.random.default_rng(5)
    twin.random(x.shape)
    if np.array_equal(after, twin.random(3)):
        return
    untouched = np.random.default_rng(5).random(3)
    if np.array_equal(after, untouched):
        raise AssertionError(
            "dropout drew nothing from the generator" + (" for p = 0" if p == 0 else "")
            + "; it must call rng.random(x.shape) exactly once, also when p = 0, so the random stream "
            "advances the same way for every p"
        )
    raise AssertionError(
        "after dropout the generator is not where one call rng.random(x.shape) leaves it: "
        "draw exactly once from rng, with nothing before or after"
    )


def test_p_zero_returns_a_copy():
    """p = 0 returns a copy of x (not x itself) and an all-True mask"""
    x = SHAPES["x of shape (4, 5)"].copy()
    got = dropout(x, 0.0, np.random.default_rng(0))
    out = got[0] if isinstance(got, (tuple, list)) and len(got) == 2 else None
    if isinstance(out, np.ndarray) and np.shares_memory(out, x):
        raise AssertionError("for p = 0, out is the caller's x itself (or a view of it); return a new array, e.g. x.copy()")
    out, mask = run(x, 0.0, 0)
    assert mask.all(), f"for p = 0 nothing is dropped, so mask should be all True; it has {int((~mask).sum())} False"
    assert_close(out, x, rtol=RTOL, atol=ATOL, name="out for p = 0")


@pytest.mark.parametrize("p", [-0.1, 1.0, 1.5])
def test_invalid_p_raises(p):
    """p = {p} raises ValueError"""
    with pytest.raises(ValueError):
        dropout(X.copy(), p, np.random.default_rng(0))


# ---------- backward ----------


def test_backward_worked_example():
    """Backward of the worked example: 2 where kept, 0 where dropped"""
    mask = expected_mask((2, 3), 0.5, 0)
    got = dropout_backward(np.ones((2, 3)), mask.copy(), 0.5)
    assert_close(got, [[2.0, 0.0, 0.0], [0.0, 2.0, 2.0]], rtol=RTOL, atol=ATOL, name="dropout_backward(ones, mask, 0.5)")


@pytest.mark.parametrize("p", [0.2, 0.75])
def test_backward_matches_finite_differences(p):
    """Backward matches finite differences of sum(dropout(x) * dout) with the mask fixed (p = {p})"""
    x = SHAPES["x of shape (2, 3, 4)"]
    dout = np.random.default_rng(9).normal(size=x.shape)
    mask = expected_mask(x.shape, p, 4)
    numeric = numerical_gradient(lambda v: float(np.sum(v * mask / (1 - p) * dout)), x)
    got = as_array(dropout_backward(dout.copy(), mask.copy(), p), "dropout_backward(dout, mask, p)", shape=x.shape)
    if np.allclose(got, dout * mask):
        raise AssertionError("the gradient is dout * mask; the forward pass divided by (1 - p), so the backward pass must too")
    assert_close(got, numeric, rtol=1e-5, atol=1e-6, name="dropout_backward(dout, mask, p)")


def test_backward_p_zero_returns_a_copy():
    """Backward with p = 0 returns a new array equal to dout"""
    dout = SHAPES["x of shape (10,)"].copy()
    got = dropout_backward(dout, np.ones(10, dtype=bool), 0.0)
    if isinstance(got, np.ndarray) and np.shares_memory(got, dout):
        raise AssertionError("dropout_backward returned the caller's dout itself; return a new array")
    assert_close(got, dout, rtol=RTOL, atol=ATOL, name="dropout_backward(dout, all-True mask, 0)")


def test_does_not_modify_inputs():
    """dropout and dropout_backward leave x, dout and mask unchanged"""
    x = SHAPES["x of shape (4, 5)"].copy()
    dropout(x, 0.5, np.random.default_rng(1))
    assert np.array_equal(x, SHAPES["x of shape (4, 5)"]), "dropout changed the caller's x"
    dout = x.copy()
    mask = expected_mask(x.shape, 0.5, 1)
    mask_before = mask.copy()
    dropout_backward(dout, mask, 0.5)
    assert np.array_equal(dout, x), "dropout_backward changed the caller's dout"
    assert np.array_equal(mask, mask_before), "dropout_backward changed the caller's mask"
