import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import apply_repetition_penalty

TOL = dict(rtol=1e-6, atol=0)
NEG = -np.inf

Z = np.array([2.0, -1.0, 0.5, 0.0, 3.0])


def reference(logits, prev, penalty):
    """The definition, one distinct token at a time."""
    out = [float(v) for v in logits]
    for j in set(int(t) for t in prev):
        out[j] = out[j] / penalty if out[j] > 0 else out[j] * penalty
    return np.array(out)


def call(logits, prev, penalty, name):
    got = apply_repetition_penalty(logits.copy() if isinstance(logits, np.ndarray) else logits,
                                   prev.copy() if isinstance(prev, np.ndarray) else list(prev), penalty)
    return as_array(got, name, shape=np.shape(logits))


_rng = np.random.default_rng(3)
BIG = _rng.normal(size=60) * 4
BIG[[5, 17, 40]] = 0.0
BIG_PREV = _rng.integers(0, 60, size=45)


def test_worked_example():
    """Worked example: [2, -1, 0.5, 0, 3] with tokens [0, 1, 3, 0] and penalty 2 gives [1, -2, 0.5, 0, 3]"""
    got = call(Z, np.array([0, 1, 3, 0]), 2.0, "apply_repetition_penalty(z, [0, 1, 3, 0], 2.0)")
    assert_close(got, [1.0, -2.0, 0.5, 0.0, 3.0], **TOL, name="apply_repetition_penalty(z, [0, 1, 3, 0], 2.0)")


@pytest.mark.parametrize("count", [2, 5])
def test_repeated_token_penalised_once(count):
    """A token seen {count} times is penalised once, like a token seen once"""
    z = np.array([4.0, -3.0, 1.0])
    prev = np.array([0] * count + [1] * count)
    name = f"apply_repetition_penalty([4, -3, 1], [0, 1] each {count} times, 2.0)"
    assert_close(call(z, prev, 2.0, name), [2.0, -6.0, 1.0], **TOL, name=name)


def test_negative_logits_are_multiplied():
    """Negative logits of seen tokens are multiplied by the penalty, so they go down"""
    z = np.array([-0.5, -2.0, -4.0, 1.0])
    name = "apply_repetition_penalty([-0.5, -2, -4, 1], [0, 1, 2], 1.5)"
    assert_close(call(z, np.array([0, 1, 2]), 1.5, name), [-0.75, -3.0, -6.0, 1.0], **TOL, name=name)


def test_positive_logits_are_divided():
    """Positive logits of seen tokens are divided by the penalty, so they go down"""
    z = np.array([0.25, 3.0, 7.5, -1.0])
    name = "apply_repetition_penalty([0.25, 3, 7.5, -1], [0, 1, 2], 1.25)"
    assert_close(call(z, np.array([2, 0, 1]), 1.25, name), [0.2, 2.4, 6.0, -1.0], **TOL, name=name)


def test_zero_logit_stays_zero():
    """A seen token whose logit is exactly 0 stays 0"""
    z = np.array([0.0, 1.0, 0.0])
    name = "apply_repetition_penalty([0, 1, 0], [0, 2], 3.0)"
    got = call(z, np.array([0, 2]), 3.0, name)
    assert_close(got, [0.0, 1.0, 0.0], rtol=0, atol=0, name=name)


def test_penalty_below_one_favours_repeats():
    """A penalty of 0.5 raises the logits of seen tokens: [2, -1, 0.5, 0, 3] with [1, 4] gives [2, -0.5, 0.5, 0, 6]"""
    name = "apply_repetition_penalty(z, [1, 4], 0.5)"
    assert_close(call(Z, [1, 4], 0.5, name), [2.0, -0.5, 0.5, 0.0, 6.0], **TOL, name=name)


def test_unseen_logits_unchanged():
    """Logits of tokens that were not generated come back exactly unchanged"""
    prev = np.array([3, 9, 3, 30])
    got = call(BIG, prev, 1.7, "apply_repetition_penalty(z, prev, 1.7)")
    unseen = np.setdiff1d(np.arange(60), prev)
    assert_close(got[unseen], BIG[unseen], rtol=0, atol=0, name="the logits of tokens not in prev_tokens")


@pytest.mark.parametrize("penalty", [1.3, 2.0, 0.8])
def test_matches_definition_on_a_vocabulary(penalty):
    """A vocabulary of 60 with 45 previous tokens (many repeats), penalty {penalty}"""
    name = f"apply_repetition_penalty(z, prev, {penalty})"
    assert_close(call(BIG, BIG_PREV, penalty, name), reference(BIG, BIG_PREV, penalty), **TOL, name=name)


def test_penalty_one_changes_nothing():
    """penalty = 1 returns the logits unchanged, as a new array"""
    z = BIG.copy()
    got = apply_repetition_penalty(z, BIG_PREV.copy(), 1.0)
    assert isinstance(got, np.ndarray) and not np.shares_memory(got, z), (
        "apply_repetition_penalty(z, prev, 1.0) returned the caller's logits array itself (or a view of it); "
        "the statement asks for a new array"
    )
    assert_close(got, BIG, **TOL, name="apply_repetition_penalty(z, prev, 1.0)")


EMPTY = {"an empty int array": lambda: np.array([], dtype=np.int64), "an empty list": lambda: []}


@pytest.mark.parametrize("kind", EMPTY)
def test_empty_prev_tokens(kind):
    """No previous tokens ({kind}): a copy of the logits"""
    z = Z.copy()
    got = apply_repetition_penalty(z, EMPTY[kind](), 2.0)
    assert isinstance(got, np.ndarray) and not np.shares_memory(got, z), (
        "with no previous tokens, apply_repetition_penalty returned the caller's logits array itself "
        "(or a view of it); the statement asks for a new array"
    )
    assert_close(got, Z, rtol=0, atol=0, name=f"apply_repetition_penalty(z, {kind}, 2.0)")


TOKEN_TYPES = {
    "a list of ints": lambda a: [int(t) for t in a],
    "an int64 array": lambda a: np.asarray(a, dtype=np.int64),
    "an int32 array": lambda a: np.asarray(a, dtype=np.int32),
    "a uint8 array": lambda a: np.asarray(a, dtype=np.uint8),
}


@pytest.mark.parametrize("kind", TOKEN_TYPES)
def test_prev_tokens_types(kind):
    """prev_tokens given as {kind}"""
    prev = TOKEN_TYPES[kind]([4, 0, 4, 2])
    name = f"apply_repetition_penalty(z, [4, 0, 4, 2] as {kind}, 2.0)"
    assert_close(call(Z, prev, 2.0, name), [1.0, -1.0, 0.25, 0.0, 1.5], **TOL, name=name)


def test_minus_inf_stays_minus_inf():
    """A seen token whose logit is already -inf stays -inf"""
    z = np.array([NEG, 1.0, NEG, -2.0])
    name = "apply_repetition_penalty([-inf, 1, -inf, -2], [0, 1, 3], 2.0)"
    got = call(z, np.array([0, 1, 3]), 2.0, name)
    assert_close(got, [NEG, 0.5, NEG, -4.0], **TOL, name=name)


def test_integer_logits_give_floats():
    """Integer logits [3, -2, 0, 5] with tokens [0, 1] and penalty 2 give the floats [1.5, -4, 0, 5]"""
    z = np.array([3, -2, 0, 5])
    got = apply_repetition_penalty(z.copy(), np.array([0, 1]), 2.0)
    got_array = np.asarray(got)
    assert got_array.dtype.kind == "f", (
        f"apply_repetition_penalty of integer logits returned an array of dtype {got_array.dtype}; "
        "the statement asks for a float result (3 / 2 is 1.5)"
    )
    assert_close(got, [1.5, -4.0, 0.0, 5.0], **TOL, name="apply_repetition_penalty([3, -2, 0, 5], [0, 1], 2.0)")


@pytest.mark.parametrize("penalty", [0.0, -1.5])
def test_non_positive_penalty_raises(penalty):
    """penalty = {penalty} raises ValueError"""
    with pytest.raises(ValueError):
        apply_repetition_penalty(Z.copy(), np.array([0, 1]), penalty)


@pytest.mark.parametrize("bad", [5, 12, -1])
def test_out_of_range_token_raises(bad):
    """A token id of {bad} with V = 5 raises ValueError"""
    with pytest.raises(ValueError):
        apply_repetition_penalty(Z.copy(), np.array([0, bad, 2]), 2.0)


def test_does_not_modify_inputs():
    """Leaves the caller's logits and prev_tokens unchanged"""
    z = BIG.copy()
    prev = BIG_PREV.copy()
    apply_repetition_penalty(z, prev, 1.5)
    assert np.array_equal(z, BIG), f"apply_repetition_penalty changed the caller's logits; they are now\n{z}"
    assert np.array_equal(prev, BIG_PREV), f"apply_repetition_penalty changed the caller's prev_tokens; they are now\n{prev}"
