import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import beam_search

SCORE_TOL = dict(rtol=1e-9, atol=1e-9)

PROBS = np.array([
    [0.05, 0.50, 0.40, 0.05],  # after token 0 (the start token)
    [0.10, 0.35, 0.25, 0.30],  # after token 1
    [0.02, 0.05, 0.03, 0.90],  # after token 2
    [0.25, 0.25, 0.25, 0.25],  # after token 3 (eos)
])


def bigram(tokens):
    return np.log(PROBS[int(np.asarray(tokens)[-1])])


class PrefixModel:
    """Log probabilities looked up by the whole prefix; any other prefix gets `default` everywhere."""

    def __init__(self, table, V, default=-8.0):
        self.table = {tuple(k): np.asarray(v, dtype=float) for k, v in table.items()}
        self.V, self.default = V, default

    def __call__(self, tokens):
        key = tuple(int(t) for t in np.asarray(tokens).reshape(-1))
        return self.table.get(key, np.full(self.V, self.default)).copy()


class RandomModel:
    """A deterministic model whose log probabilities depend on the whole prefix."""

    def __init__(self, V, seed, eos_bias=0.0):
        self.V, self.seed, self.eos_bias = V, seed, eos_bias

    def __call__(self, tokens):
        code = self.seed
        for t in np.asarray(tokens).reshape(-1):
            code = (code * 1000003 + int(t) + 1) % 2147483647
        logits = np.random.default_rng(code).normal(size=self.V) * 1.5
        logits[self.V - 1] += self.eos_bias
        m = logits.max()
        return logits - (m + np.log(np.exp(logits - m).sum()))


class Recorder:
    """Wraps a model and keeps a copy of every argument it receives."""

    def __init__(self, model):
        self.model, self.calls = model, []

    def __call__(self, tokens):
        self.calls.append((tokens, np.array(tokens, copy=True)))
        return self.model(tokens)


def reference(model, start, width, max_len, eos):
    """The statement's procedure, written with lists and an explicit comparison key."""
    def key(c):
        return (-c[1], list(c[0]))

    beam, done = [([start], 0.0)], []
    for _ in range(max_len):
        pool = []
        for seq, score in beam:
            lp = model(np.array(seq))
            for v in range(len(lp)):
                pool.append((seq + [v], score + float(lp[v])))
        pool.sort(key=key)
        pool = pool[:width]
        done.extend(c for c in pool if c[0][-1] == eos)
        beam = [c for c in pool if c[0][-1] != eos]
        if not beam:
            break
    best = sorted(done + beam, key=key)[0]
    return best[0], best[1]


def unpack(got, name):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise AssertionError(f"{name} should return the pair (tokens, score), got {type(got).__name__} {got!r}")
    tokens, score = got
    if not isinstance(tokens, np.ndarray):
        raise AssertionError(f"{name}: tokens should be a numpy array, got {type(tokens).__name__} {tokens!r}")
    if tokens.ndim != 1 or tokens.dtype.kind not in "iu":
        raise AssertionError(f"{name}: tokens should be a 1-D integer array, got shape {tokens.shape} and dtype {tokens.dtype}")
    return tokens.tolist(), as_scalar(score, f"{name}: score")


def check(got, tokens, score, name):
    have_tokens, have_score = unpack(got, name)
    assert have_tokens == list(tokens), (
        f"{name} returned the tokens {have_tokens} (score {have_score:.10g}), expected {list(tokens)} (score {score:.10g})"
    )
    assert_close(have_score, score, **SCORE_TOL, name=f"{name}: score")


def test_worked_example():
    """Worked example: beam_width 2 finds [0, 2, 3] with score log 0.36"""
    check(beam_search(bigram, 0, 2, 3, 3), [0, 2, 3], np.log(0.4) + np.log(0.9), "beam_search(model, 0, 2, 3, 3)")


def test_beam_width_one_is_greedy():
    """Worked example: beam_width 1 follows the greedy path [0, 1, 1, 1]"""
    check(beam_search(bigram, 0, 1, 3, 3), [0, 1, 1, 1], np.log(0.5) + 2 * np.log(0.35), "beam_search(model, 0, 1, 3, 3)")


def test_finished_sequences_are_not_extended():
    """A sequence ending in eos leaves the beam: the model is never called on it"""
    def guarded(tokens):
        t = np.asarray(tokens)
        if len(t) > 1 and int(t[-1]) == 3:
            raise AssertionError(f"step_log_probs was called on {t.tolist()}, which ends in eos and is finished")
        return bigram(t)

    check(beam_search(guarded, 0, 3, 5, 3), [0, 2, 3], np.log(0.36), "beam_search(model, 0, 3, 5, 3)")


def test_beam_is_not_refilled():
    """After a sequence finishes the beam shrinks: worked example's step 3 extends only [0, 1, 1]"""
    recorder = Recorder(bigram)
    beam_search(recorder, 0, 2, 3, 3)
    seen = sorted(copy.tolist() for _, copy in recorder.calls)
    expected = [[0], [0, 1], [0, 1, 1], [0, 2]]
    assert seen == expected, (
        f"step_log_probs was called on {seen}; the statement's procedure calls it on exactly {expected} "
        "(step 1: the start; step 2: the beam [0, 1], [0, 2]; step 3: only [0, 1, 1], since [0, 2, 3] finished)"
    )


def test_stops_when_the_beam_is_empty():
    """When every kept candidate ends in eos the search stops early: one step, one model call"""
    model = Recorder(PrefixModel({(0,): [-3.0, -2.0, -0.5, -0.25]}, V=4))
    check(beam_search(model, 0, 1, 10, 3), [0, 3], -0.25, "beam_search(model, 0, 1, 10, 3)")
    assert len(model.calls) == 1, f"step_log_probs was called {len(model.calls)} times; the beam was empty after step 1"


@pytest.mark.parametrize("max_len", [1, 2, 5])
def test_max_len_limits_the_steps(max_len):
    """Without eos, max_len = {max_len} steps give max_len + 1 tokens"""
    never_eos = lambda tokens: np.array([-2.0, -0.5, -1.0])  # token 1 always best: eos (2) never kept with width 1
    tokens = [0] + [1] * max_len
    check(beam_search(never_eos, 0, 1, max_len, 2), tokens, -0.5 * max_len, f"beam_search(model, 0, 1, {max_len}, 2)")


def test_raw_scores_without_length_normalisation():
    """The final choice uses raw total scores: a short finished sequence beats a longer one with a better average"""
    table = {
        (0,): [-8.0, -0.25, -8.0, -1.0],  # [0, 3] finishes at -1; [0, 1] continues at -0.25
        (0, 1): [-8.0, -0.25, -8.0, -8.0],
        (0, 1, 1): [-8.0, -0.25, -8.0, -8.0],
        (0, 1, 1, 1): [-8.0, -0.5, -8.0, -8.0],
    }
    # remaining [0, 1, 1, 1, 1]: -1.25 over 4 tokens (mean -0.31) loses to [0, 3]: -1 over 1 token
    check(beam_search(PrefixModel(table, V=4), 0, 2, 4, 3), [0, 3], -1.0, "beam_search(model, 0, 2, 4, 3)")


def test_remaining_sequence_can_win():
    """A sequence still in the beam wins when its total score beats every finished one"""
    table = {(0,): [-8.0, -0.25, -8.0, -2.0], (0, 1): [-8.0, -0.25, -8.0, -3.0], (0, 1, 1): [-8.0, -0.25, -8.0, -3.0]}
    check(beam_search(PrefixModel(table, V=4), 0, 2, 3, 3), [0, 1, 1, 1], -0.75, "beam_search(model, 0, 2, 3, 3)")


def test_beam_ranked_by_total_score():
    """The beam keeps the best total scores, not the best log probability of the newest token"""
    table = {
        (0,): [-8.0, -0.25, -2.0, -8.0],        # [0, 1] (-0.25) and [0, 2] (-2) are both kept
        (0, 1): [-8.0, -1.0, -1.05, -8.0],      # [0, 1, 1]: -1.25, [0, 1, 2]: -1.3
        (0, 2): [-0.1, -8.0, -8.0, -8.0],       # [0, 2, 0]: -2.1 (best newest token, worse total)
        (0, 2, 0): [-8.0, -8.0, -8.0, 0.0],     # would finish at -2.1
    }
    # after step 2 the beam is [0, 1, 1], [0, 1, 2]; step 3 extends them with -8 everywhere
    check(beam_search(PrefixModel(table, V=4), 0, 2, 3, 3), [0, 1, 1, 0], -9.25, "beam_search(model, 0, 2, 3, 3)")


def test_tie_across_parents_when_cutting_the_beam():
    """Equal scores from different parents: the lexicographically smaller candidate keeps the last slot"""
    table = {
        (0,): [-4.0, -1.0, -0.5, -4.0],        # beam after step 1: [0, 2] (-0.5), [0, 1] (-1)
        (0, 2): [-8.0, -1.5, -8.0, -8.0],      # [0, 2, 1]: -2
        (0, 1): [-1.0, -8.0, -0.5, -8.0],      # [0, 1, 2]: -1.5, [0, 1, 0]: -2 (ties with [0, 2, 1])
        (0, 1, 0): [-8.0, -8.0, -8.0, 0.0],    # -> [0, 1, 0, 3]: -2
        (0, 2, 1): [-8.0, -8.0, -8.0, 0.0],    # -> [0, 2, 1, 3]: -2
    }
    check(beam_search(PrefixModel(table, V=4), 0, 2, 3, 3), [0, 1, 0, 3], -2.0, "beam_search(model, 0, 2, 3, 3)")


def test_tie_between_tokens_of_one_parent():
    """Equal scores from one parent: beam_width 1 keeps the smaller token id"""
    model = PrefixModel({(0,): [-3.0, -0.5, -0.5, -2.0], (0, 1): [-1.0, -1.0, -1.0, -0.75],
                         (0, 2): [-1.0, -1.0, -1.0, -0.25]}, V=4)
    check(beam_search(model, 0, 1, 2, 3), [0, 1, 3], -1.25, "beam_search(model, 0, 1, 2, 3)")


@pytest.mark.parametrize("finished_first", [True, False])
def test_tie_in_the_final_choice(finished_first):
    """A finished and a remaining sequence with equal scores: the lexicographically smaller wins (finished smaller: {finished_first})"""
    if finished_first:  # finished [0, 1, 3] vs remaining [0, 2, 0]
        table = {(0,): [-8.0, -0.5, -0.5, -8.0], (0, 1): [-8.0, -8.0, -8.0, -0.5], (0, 2): [-0.5, -8.0, -8.0, -8.0]}
        expected = [0, 1, 3]
    else:  # finished [0, 2, 3] vs remaining [0, 1, 0]
        table = {(0,): [-8.0, -0.5, -0.5, -8.0], (0, 2): [-8.0, -8.0, -8.0, -0.5], (0, 1): [-0.5, -8.0, -8.0, -8.0]}
        expected = [0, 1, 0]
    check(beam_search(PrefixModel(table, V=4), 0, 2, 2, 3), expected, -1.0, "beam_search(model, 0, 2, 2, 3)")


CASES = [(6, 1, 1, 6, 0.0), (6, 2, 3, 6, 0.5), (8, 3, 4, 7, 1.0), (5, 4, 2, 8, 2.0), (7, 5, 5, 5, 0.0), (10, 6, 3, 6, 1.5)]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_matches_the_procedure_on_random_models(case):
    """Random model {case}: the result of the step-by-step procedure"""
    V, seed, width, max_len, bias = CASES[case]
    model = RandomModel(V, seed, bias)
    tokens, score = reference(model, 1, width, max_len, V - 1)
    check(beam_search(model, 1, width, max_len, V - 1), tokens, score,
          f"beam_search(random model {case}, 1, {width}, {max_len}, {V - 1})")


def test_model_receives_the_sequences_so_far():
    """step_log_probs receives 1-D integer numpy arrays: the start token, then the sequence's tokens"""
    recorder = Recorder(RandomModel(6, 2, 0.5))
    beam_search(recorder, 4, 3, 4, 5)
    assert recorder.calls, "step_log_probs was never called"
    for original, copy in recorder.calls:
        assert isinstance(original, np.ndarray), f"step_log_probs received a {type(original).__name__}, not a numpy array"
        assert original.ndim == 1 and original.dtype.kind in "iu", (
            f"step_log_probs received an array of shape {original.shape} and dtype {original.dtype}; "
            "expected a 1-D integer array"
        )
        assert copy[0] == 4, f"step_log_probs received {copy.tolist()}, which does not start with the start token 4"


def test_start_token_equal_to_eos():
    """A start token equal to eos does not end the search"""
    # after eos the probabilities are uniform: [3, 0] and [3, 1] tie and are both kept; [3, 0, 1] is best
    check(beam_search(bigram, 3, 2, 2, 3), [3, 0, 1], np.log(0.25) + np.log(0.5), "beam_search(model, 3, 2, 2, 3)")


def test_beam_wider_than_the_candidates():
    """beam_width 5 with V = 2: every candidate is kept while there are fewer than 5"""
    model = RandomModel(2, 9, 0.0)
    tokens, score = reference(model, 0, 5, 4, 1)
    check(beam_search(model, 0, 5, 4, 1), tokens, score, "beam_search(model, 0, 5, 4, 1)")


def test_larger_vocabulary():
    """V = 300, beam_width 6, max_len 12"""
    model = RandomModel(300, 4, 3.0)
    tokens, score = reference(model, 0, 6, 12, 299)
    check(beam_search(model, 0, 6, 12, 299), tokens, score, "beam_search(model, 0, 6, 12, 299)")


@pytest.mark.parametrize("width, max_len", [(0, 3), (-1, 3), (2, 0), (2, -2)])
def test_invalid_arguments_raise(width, max_len):
    """beam_width = {width}, max_len = {max_len} raises ValueError"""
    with pytest.raises(ValueError):
        beam_search(bigram, 0, width, max_len, 3)
