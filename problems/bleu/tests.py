import copy
import math

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close
from solution import bleu

TOL = dict(rtol=1e-9, atol=0)

CAT = "the cat sat on the mat".split()
CAT_REF = ["the cat is on the mat".split()]


def slow_reference(candidate, references, max_n):
    """BLEU from the definition with plain lists and list.count."""
    c = len(candidate)
    if c == 0:
        return 0.0
    product = 1.0
    for n in range(1, max_n + 1):
        grams = [candidate[i:i + n] for i in range(c - n + 1)]
        if not grams:
            return 0.0
        distinct = []
        for g in grams:
            if g not in distinct:
                distinct.append(g)
        matched = 0
        for g in distinct:
            best = 0
            for ref in references:
                ref_grams = [ref[i:i + n] for i in range(len(ref) - n + 1)]
                best = max(best, ref_grams.count(g))
            matched += min(grams.count(g), best)
        if matched == 0:
            return 0.0
        product *= matched / len(grams)
    lengths = sorted(len(ref) for ref in references)
    r = lengths[0]
    for length in lengths:
        if abs(length - c) < abs(r - c):
            r = length
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * product ** (1.0 / max_n)


def score(candidate, references, max_n=None, name=None):
    cand, refs = list(candidate), [list(r) for r in references]
    got = bleu(cand, refs) if max_n is None else bleu(cand, refs, max_n=max_n)
    return as_scalar(got, name or "bleu(candidate, references, max_n)")


def exactly_zero(got, what):
    assert got == 0.0, f"{what}: expected exactly 0.0, got {got!r}"


def make_case(seed, vocab, cand_len, ref_lens):
    rng = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(vocab)]
    base = [words[i] for i in rng.integers(0, vocab, max(ref_lens + [cand_len]) + 5)]
    refs = []
    for length in ref_lens:
        ref = list(base[:length])
        for pos in rng.integers(0, length, max(1, length // 4)):  # perturb a quarter of the tokens
            ref[pos] = words[rng.integers(0, vocab)]
        refs.append(ref)
    cand = list(base[:cand_len])
    for pos in rng.integers(0, cand_len, max(1, cand_len // 6)):
        cand[pos] = words[rng.integers(0, vocab)]
    return cand, refs


RANDOM = {
    "one reference, 30 tokens": make_case(0, 6, 30, [32]),
    "three references, candidate longest": make_case(1, 5, 40, [35, 38, 30]),
    "two references, candidate short": make_case(2, 4, 20, [26, 31]),
    "four references, tiny vocabulary": make_case(3, 3, 25, [25, 22, 28, 24]),
}


def test_worked_example():
    """The worked example: 'the cat sat on the mat' against 'the cat is on the mat', max_n = 3, gives 0.5"""
    assert_close(score(CAT, CAT_REF, 3), 0.5, **TOL, name="bleu(the cat sat on the mat, [the cat is on the mat], 3)")


def test_worked_example_default_max_n_is_zero():
    """The worked example with the default max_n = 4 is exactly 0.0 (no 4-gram matches)"""
    exactly_zero(score(CAT, CAT_REF), "bleu(the cat sat on the mat, [the cat is on the mat])")


def test_default_max_n_is_four():
    """Without max_n, four orders are used"""
    cand, refs = RANDOM["three references, candidate longest"]
    assert_close(score(cand, refs), slow_reference(cand, refs, 4), **TOL, name="bleu(candidate, references)")


def test_clipping_to_one_reference():
    """Counts are clipped to the largest count in a single reference: 'the' x 7 gives 2/7"""
    refs = ["the cat is on the mat".split(), "there is a cat on the mat".split()]
    assert_close(score(["the"] * 7, refs, 1), 2 / 7, **TOL, name="bleu(['the'] * 7, references, max_n=1)")


def test_clipping_limits_repeats():
    """A candidate n-gram repeated more often than in any reference is credited only that often"""
    cand = "a b a b a b".split()
    refs = ["a b c a b".split()]
    # unigrams: a x3 -> 2, b x3 -> 2: 4/6; bigrams: ab x3 -> 2, ba x2 -> 0: 2/5; c = 6 > r = 5
    assert_close(score(cand, refs, 2), math.sqrt(4 / 6 * 2 / 5), **TOL, name="bleu(a b a b a b, [a b c a b], 2)")


def test_brevity_penalty_short_candidate():
    """A short candidate is penalised: 'the cat' against a 6-token reference gives exp(1 - 6/2)"""
    got = score(["the", "cat"], ["the cat sat on the mat".split()], 2)
    assert_close(got, math.exp(-2.0), **TOL, name="bleu([the, cat], [the cat sat on the mat], 2)")


def test_no_penalty_when_longer():
    """No penalty when the candidate is longer than the closest reference"""
    cand = "a b c d e f".split()
    refs = ["a b c d e".split()]
    # p1 = 5/6, p2 = 4/5, c = 6 > r = 5
    assert_close(score(cand, refs, 2), math.sqrt(5 / 6 * 4 / 5), **TOL, name="bleu(a b c d e f, [a b c d e], 2)")


def test_closest_reference_length():
    """r is the reference length closest to c, not the shortest: c = 5, lengths 2 and 6 give exp(1 - 6/5)"""
    cand = "a b c d e".split()
    refs = [["a", "b"], "a b c d e f".split()]
    assert_close(score(cand, refs, 2), math.exp(1 - 6 / 5), **TOL, name="bleu(a b c d e, [[a, b], a b c d e f], 2)")


def test_closest_length_tie_goes_to_shorter():
    """Equally close reference lengths go to the shorter one: c = 4, lengths 3 and 5 give r = 3, no penalty"""
    cand = "a b c d".split()
    refs = ["a b c d e".split(), "a b c".split()]
    assert_close(score(cand, refs, 2), 1.0, **TOL, name="bleu(a b c d, [a b c d e, a b c], 2)")


def test_equal_length_no_penalty():
    """c = r gives a penalty of exp(0) = 1: an exact match scores 1.0"""
    assert_close(score(CAT, [CAT], 4), 1.0, **TOL, name="bleu(c, [c])")


@pytest.mark.parametrize("case", RANDOM)
@pytest.mark.parametrize("max_n", [1, 2, 3, 4])
def test_matches_definition(case, max_n):
    """max_n = {max_n}: matches the definition ({case})"""
    cand, refs = RANDOM[case]
    want = slow_reference(cand, refs, max_n)
    assert_close(score(cand, refs, max_n), want, **TOL, name=f"bleu(candidate, references, max_n={max_n})")


def test_geometric_mean():
    """Precisions are combined by their geometric mean: p1 = 4/5, p2 = 2/4 give sqrt(0.4)"""
    got = score("a b c d e".split(), ["a b q d e".split()], 2)
    assert_close(got, math.sqrt(4 / 5 * 2 / 4), **TOL, name="bleu(a b c d e, [a b q d e], 2)")


def test_zero_when_an_order_has_no_match():
    """Exactly 0.0 when some p_n is 0 (all unigrams match, no bigram does)"""
    exactly_zero(score("b a d c".split(), ["a b c d".split()], 2), "bleu(b a d c, [a b c d], 2)")


def test_zero_when_candidate_shorter_than_max_n():
    """Exactly 0.0 when the candidate has fewer than max_n tokens, even if all of it matches"""
    exactly_zero(score("the cat sat".split(), ["the cat sat".split()], 4), "bleu(the cat sat, [the cat sat], 4)")


def test_empty_candidate():
    """An empty candidate scores exactly 0.0"""
    exactly_zero(score([], [CAT], 4), "bleu([], references, 4)")
    exactly_zero(score([], [CAT], 1), "bleu([], references, 1)")


def test_empty_reference_allowed():
    """An empty reference is allowed: it matches nothing and has length 0"""
    cand = "a b c".split()
    assert_close(score(cand, [[], "a b c".split()], 2), 1.0, **TOL, name="bleu(a b c, [[], a b c], 2)")
    # only the empty reference: nothing matches
    exactly_zero(score(cand, [[]], 1), "bleu(a b c, [[]], 1)")


def test_integer_tokens():
    """Tokens may be any hashable values, e.g. integer ids"""
    cand = [5, 1, 7, 1, 5, 9]
    refs = [[5, 1, 7, 1, 5, 2], [1, 5, 9, 9]]
    assert_close(score(cand, refs, 3), slow_reference(cand, refs, 3), **TOL, name="bleu with integer tokens")


@pytest.mark.parametrize("max_n", [0, -1])
def test_bad_max_n(max_n):
    """max_n = {max_n} raises ValueError"""
    with pytest.raises(ValueError):
        bleu(list(CAT), [list(CAT)], max_n=max_n)


def test_no_references():
    """An empty list of references raises ValueError"""
    with pytest.raises(ValueError):
        bleu(list(CAT), [], max_n=2)


def test_does_not_modify_inputs():
    """Leaves the candidate, the references list and every reference unchanged"""
    cand = "a b c d e".split()
    refs = ["a b c d e f g".split(), ["a", "b"], "b c d e".split()]
    cand_before, refs_before = list(cand), copy.deepcopy(refs)
    bleu(cand, refs, max_n=2)
    assert cand == cand_before, f"bleu changed the candidate: it is now {cand}"
    assert refs == refs_before, f"bleu changed the references: they are now {refs}"


def test_single_token_candidate():
    """A one-token candidate with max_n = 1: 'cat' against 'the cat' gives exp(1 - 2/1)"""
    assert_close(score(["cat"], [["the", "cat"]], 1), math.exp(-1.0), **TOL, name="bleu([cat], [[the, cat]], 1)")


def test_score_at_most_one():
    """BLEU never exceeds 1: a short candidate whose n-grams all match scores at most 1"""
    got = score("the cat sat".split(), ["the cat sat on the mat".split()], 2)
    assert got <= 1.0, f"bleu(the cat sat, [the cat sat on the mat], 2) returned {got!r}, above 1"
