import numpy as np
import pytest

from solution import greedy_decode

# A tiny "bigram model": the next token's logits depend only on the last token.
# Greedy path from 0: 0 -> 1 -> 2 -> 3 -> 4 (token 4 is the end-of-sequence token in most tests).
TABLE = np.array([
    [0.0, 2.0, 1.0, 0.0, 0.0],
    [0.0, 0.0, 3.0, 1.0, 0.0],
    [0.5, 0.0, 0.0, 2.0, 1.0],
    [0.0, 0.0, 0.0, 0.0, 4.0],
    [1.0, 0.0, 0.0, 0.0, 0.0],
])
# A cyclic model that never produces token 4: 0 -> 1 -> 2 -> 0 -> ...
CYCLE = np.array([
    [-1.0, 5.0, 0.0, 0.0, -2.0],
    [0.0, -1.0, 5.0, 0.0, -2.0],
    [5.0, 0.0, -1.0, 0.0, -2.0],
    [5.0, 0.0, 0.0, -1.0, -2.0],
    [5.0, 0.0, 0.0, 0.0, -2.0],
])


def last_token(tokens):
    return int(np.asarray(tokens).reshape(-1)[-1]) % 5


def bigram(tokens):
    return TABLE[last_token(tokens)].copy()


def cycle(tokens):
    return CYCLE[last_token(tokens)].copy()


def history(tokens):
    """Depends on the whole prefix: the next token is (sum of tokens + length) mod 7."""
    t = np.asarray(tokens).reshape(-1)
    logits = np.zeros(7)
    logits[int(t.sum() + len(t)) % 7] = 1.0
    return logits


def ties(tokens):
    """Negative logits with a three-way tie for the maximum at indices 1, 3 and 4."""
    return np.array([-5.0, -1.0, -3.0, -1.0, -1.0, -2.0])


class Recorder:
    """Wraps a model and records what each call received (a copy, taken at call time)."""

    def __init__(self, model):
        self.model = model
        self.calls = []

    def __call__(self, tokens):
        self.calls.append((tokens, np.array(tokens, copy=True)))
        return self.model(tokens)


def sequence(got, name="greedy_decode(...)"):
    """The result as a list of numbers (the integer array type is checked by its own test)."""
    assert got is not None, f"{name} returned None: did the function forget to `return` the tokens?"
    values = np.asarray(got)
    assert values.ndim == 1, f"{name} returned something of shape {values.shape}; it should be a 1-D array of tokens"
    return values.tolist()


def expect(got, expected, name, eos):
    tokens = sequence(got, name)
    if tokens == expected:
        return
    lines = [f"{name} returned {tokens}, expected {expected}"]
    # Facts only: one token short is the eos left out, or max_len counted with the start token, alike.
    if tokens == expected[:-1]:
        last = f"the eos token {eos}" if expected[-1] == eos else f"token {expected[-1]}"
        lines.append(f"one token short: the last expected token, {last}, is missing. Decoding generates up to "
                     "max_len tokens after the start token, and stops right after appending eos (eos included)")
    elif tokens[: len(expected)] == expected and len(tokens) > len(expected):
        lines.append(f"it went on past the expected end: stop right after generating eos_token, or after max_len "
                     "generated tokens")
    elif tokens == expected[:1]:
        lines.append("only the start token came back; only generated tokens end decoding")
    raise AssertionError("\n".join(lines))


def test_worked_example():
    """Bigram model from token 0 with eos 4: [0, 1, 2, 3, 4]"""
    expect(greedy_decode(bigram, 0, 10, 4), [0, 1, 2, 3, 4], "greedy_decode(bigram, 0, max_len=10, eos=4)", 4)


def test_returns_a_1d_int_array():
    """Returns a 1-D integer numpy array that starts with the start token"""
    got = greedy_decode(bigram, 1, 10, 4)
    name = "greedy_decode(bigram, 1, max_len=10, eos=4)"
    tokens = sequence(got, name)
    assert isinstance(got, np.ndarray), (
        f"{name} returned a {type(got).__name__}, but it should return a 1-D numpy array of ints "
        "(np.array(tokens) at the end)"
    )
    assert np.issubdtype(got.dtype, np.integer), (
        f"{name} returned {got}, an array of non-integer values; token ids are integers "
        "(build the array from ints, or give a preallocated buffer an integer dtype)"
    )
    assert tokens[:1] == [1], f"the result should start with the start token 1, got {tokens}"


def test_eos_is_included():
    """Stops right after generating eos and includes it: start 2 gives [2, 3, 4]"""
    expect(greedy_decode(bigram, 2, 10, 4), [2, 3, 4], "greedy_decode(bigram, 2, max_len=10, eos=4)", 4)


@pytest.mark.parametrize("max_len", [7, 1])
def test_max_len_counts_generated_tokens(max_len):
    """Without eos, max_len={max_len} generated tokens follow the start token"""
    expected = [(i % 3) for i in range(max_len + 1)]
    expect(greedy_decode(cycle, 0, max_len, 4), expected, f"greedy_decode(cycle, 0, max_len={max_len}, eos=4)", 4)


def test_max_len_zero():
    """max_len=0 returns just the start token"""
    expect(greedy_decode(bigram, 0, 0, 4), [0], "greedy_decode(bigram, 0, max_len=0, eos=4)", 4)


@pytest.mark.parametrize("max_len", [4, 3])
def test_eos_and_max_len_together(max_len):
    """The 4th generated token is eos, with max_len={max_len}"""
    expected = [0, 1, 2, 3, 4][: max_len + 1]
    expect(greedy_decode(bigram, 0, max_len, 4), expected, f"greedy_decode(bigram, 0, max_len={max_len}, eos=4)", 4)


def test_start_token_equal_to_eos_does_not_stop():
    """A start token equal to eos does not end decoding: start 4, eos 4 gives [4, 0, 1, 2, 3, 4]"""
    expect(greedy_decode(bigram, 4, 10, 4), [4, 0, 1, 2, 3, 4], "greedy_decode(bigram, 4, max_len=10, eos=4)", 4)


def test_model_receives_the_tokens_so_far():
    """step_logits receives a 1-D int numpy array of all the tokens so far, start token first"""
    model = Recorder(bigram)
    tokens = sequence(greedy_decode(model, 0, 10, 4))
    assert model.calls, "step_logits was never called"
    for i, (received, snapshot) in enumerate(model.calls):
        assert isinstance(received, np.ndarray), (
            f"call {i + 1} of step_logits received a {type(received).__name__}; pass a numpy array, "
            "e.g. step_logits(np.array(tokens))"
        )
        assert received.ndim == 1, f"call {i + 1} of step_logits received an array of shape {received.shape}; it should be 1-D"
        assert np.issubdtype(received.dtype, np.integer), (
            f"call {i + 1} of step_logits received {snapshot}, an array of non-integer values; token ids are integers"
        )
        prefix = tokens[: i + 1]
        assert snapshot.tolist() == prefix, (
            f"call {i + 1} of step_logits received {snapshot.tolist()}, but the tokens so far were {prefix}: "
            "pass the whole sequence so far (start token first), nothing more and nothing less"
        )


def test_model_called_once_per_generated_token():
    """step_logits is called exactly once per generated token"""
    model = Recorder(bigram)
    tokens = sequence(greedy_decode(model, 0, 10, 4))
    assert len(model.calls) == len(tokens) - 1, (
        f"{len(tokens) - 1} tokens were generated ({tokens}) but step_logits was called {len(model.calls)} times; "
        "call the model once per step and stop as soon as eos is generated"
    )


def test_uses_the_whole_history():
    """A model that depends on the whole prefix (not just the last token) is followed exactly"""
    # [3] -> (3 + 1) % 7 = 4; [3, 4] -> (7 + 2) % 7 = 2; [3, 4, 2] -> (9 + 3) % 7 = 5, the eos
    expect(greedy_decode(history, 3, 8, 5), [3, 4, 2, 5], "greedy_decode(history, 3, max_len=8, eos=5)", 5)


def test_ties_pick_the_lowest_index():
    """Ties between equal maximum logits go to the lowest index (and logits may all be negative)"""
    tokens = sequence(greedy_decode(ties, 0, 3, 9), "greedy_decode(ties, 0, max_len=3, eos=9)")
    assert tokens == [0, 1, 1, 1], (
        f"greedy_decode returned {tokens}, expected [0, 1, 1, 1]: the logits [-5, -1, -3, -1, -1, -2] have their "
        "maximum at indices 1, 3 and 4, and a tie goes to the lowest index (np.argmax does that)"
    )


def test_long_generation():
    """50 generated tokens without eos: the cycle 0, 1, 2 repeats"""
    expected = [(i % 3) for i in range(51)]
    expect(greedy_decode(cycle, 0, 50, 4), expected, "greedy_decode(cycle, 0, max_len=50, eos=4)", 4)
