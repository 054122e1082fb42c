import numpy as np
import pytest

from solution import speculative_accept


def first_above(weights, u):
    """The sampling rule, by a plain walk: first index whose running total (normalised) exceeds u."""
    total = float(np.sum(weights))
    running = 0.0
    for j, w in enumerate(weights):
        running += w / total
        if running > u:
            return j
    return int(np.nonzero(np.asarray(weights) > 0)[0][-1])


def reference(tokens, q, p, uniforms):
    """The rule of the statement, reading uniforms from an iterator; returns (tokens, draws used)."""
    used = 0
    out = []
    for i, t in enumerate(int(x) for x in tokens):
        u = next(uniforms)
        used += 1
        if u < min(1.0, p[i][t] / q[i][t]):
            out.append(t)
            continue
        residual = [max(0.0, a - b) for a, b in zip(p[i], q[i])]
        out.append(first_above(residual, next(uniforms)))
        return out, used + 1
    out.append(first_above(p[len(tokens)], next(uniforms)))
    return out, used + 1


def stream(seed):
    rng = np.random.default_rng(seed)
    while True:
        yield rng.random()


class ScriptedGenerator:
    """Stands in for a numpy Generator whose uniforms are the given numbers, handed out in order."""

    def __init__(self, values):
        self.values = [float(v) for v in values]
        self.position = 0

    def random(self, size=None, dtype=np.float64, out=None):
        if size is not None and int(np.prod(size)) != 1:
            raise AssertionError(f"the test expects one number per draw, rng.random(); the code asked for size={size}")
        if self.position >= len(self.values):
            raise AssertionError(f"the code drew more than the {len(self.values)} number(s) the test expects")
        value = self.values[self.position]
        self.position += 1
        return value if size is None else np.full(size, value)

    def uniform(self, low=0.0, high=1.0, size=None):
        return low + (high - low) * self.random(size)


def as_tokens(got, name):
    if not isinstance(got, np.ndarray):
        raise AssertionError(f"{name} returned a {type(got).__name__}; expected a 1-D integer numpy array")
    if got.ndim != 1:
        raise AssertionError(f"{name} returned an array of shape {got.shape}; expected a 1-D array")
    if got.dtype.kind not in "iu":
        raise AssertionError(f"{name} returned an array of dtype {got.dtype}; expected an integer array")
    return got.tolist()


def check(got, expected, name):
    have = as_tokens(got, name)
    assert have == list(expected), f"{name} returned {have}, expected {list(expected)}"


Q = np.array([[0.2, 0.2, 0.6], [0.5, 0.3, 0.2]])
P = np.array([[0.3, 0.3, 0.4], [0.1, 0.6, 0.3], [0.1, 0.1, 0.8]])


def random_case(seed, K, V):
    rng = np.random.default_rng(seed)
    q = rng.dirichlet(np.ones(V) * 0.7, size=K)
    p = rng.dirichlet(np.ones(V) * 0.7, size=K + 1)
    tokens = np.array([rng.choice(V, p=row) for row in q], dtype=np.int64)
    return tokens, q, p


CASES = [random_case(seed, K, V) for seed, K, V in [(1, 4, 6), (2, 5, 8), (3, 3, 5), (4, 6, 10), (5, 2, 4)]]


def test_worked_example_rejection():
    """Worked example: tokens [2, 0], seed 0: 2 accepted, 0 rejected, replacement 1, gives [2, 1]"""
    check(speculative_accept(np.array([2, 0]), Q.copy(), P.copy(), np.random.default_rng(0)), [2, 1],
          "speculative_accept([2, 0], q, p, seed 0)")


def test_worked_example_bonus():
    """Worked example: tokens [2, 1], seed 0: both accepted, bonus 0 from target_probs[2], gives [2, 1, 0]"""
    check(speculative_accept(np.array([2, 1]), Q.copy(), P.copy(), np.random.default_rng(0)), [2, 1, 0],
          "speculative_accept([2, 1], q, p, seed 0)")


@pytest.mark.parametrize("case", range(len(CASES)))
def test_matches_the_rule_over_many_seeds(case):
    """Random case {case}: 40 seeds give the tokens of the rule, draw by draw"""
    tokens, q, p = CASES[case]
    for seed in range(40):
        want, _ = reference(tokens, q.tolist(), p.tolist(), stream(seed))
        got = speculative_accept(tokens.copy(), q.copy(), p.copy(), np.random.default_rng(seed))
        check(got, want, f"speculative_accept(case {case}, seed {seed}) with K = {len(tokens)}")


@pytest.mark.parametrize("case", range(3))
def test_draws_exactly_as_specified(case):
    """After the call the generator has made exactly the specified number of draws (case {case})"""
    tokens, q, p = CASES[case]
    for seed in range(15):
        rng = np.random.default_rng(seed)
        got = speculative_accept(tokens.copy(), q.copy(), p.copy(), rng)
        want, used = reference(tokens, q.tolist(), p.tolist(), stream(seed))
        twin = np.random.default_rng(seed)
        twin.random(used)
        assert np.array_equal(rng.random(3), twin.random(3)), (
            f"with seed {seed} the rule emits {want} using {used} draw(s) of rng.random(); after speculative_accept "
            f"(which returned {as_tokens(got, 'speculative_accept')}) the generator is not where {used} draw(s) leave it"
        )


def test_ratio_above_one_always_accepted():
    """A draft token the target likes more (ratio >= 1) is accepted even with u = 0.999"""
    q = np.array([[0.5, 0.25, 0.25], [0.1, 0.1, 0.8]])
    p = np.array([[0.5, 0.3, 0.2], [0.2, 0.1, 0.7], [0.0, 1.0, 0.0]])
    # token 0: ratio 1; token 1: ratio 1.0 (0.1 / 0.1) -> both accepted; bonus from [0, 1, 0] is 1
    check(speculative_accept(np.array([0, 1]), q, p, ScriptedGenerator([0.999, 0.999, 0.3])), [0, 1, 1],
          "speculative_accept([0, 1], q, p) with u = 0.999, 0.999, 0.3")


def test_u_equal_to_ratio_rejects():
    """u equal to the ratio rejects (the test is u < ratio, strictly)"""
    q = np.array([[0.5, 0.5, 0.0]])
    p = np.array([[0.25, 0.5, 0.25], [1.0, 0.0, 0.0]])
    # token 0: ratio 0.25 / 0.5 = 0.5; u = 0.5 rejects; residual [0, 0, 0.25] -> token 2
    check(speculative_accept(np.array([0]), q, p, ScriptedGenerator([0.5, 0.3])), [2],
          "speculative_accept([0], q, p) with u = 0.5, 0.3")
    check(speculative_accept(np.array([0]), q, p, ScriptedGenerator([0.4999, 0.3])), [0, 0],
          "speculative_accept([0], q, p) with u = 0.4999, 0.3")


def test_replacement_comes_from_the_residual():
    """The replacement is drawn from max(0, p - q) normalised, not from the target or draft row"""
    q = np.array([[0.6, 0.1, 0.1, 0.2]])
    p = np.array([[0.3, 0.3, 0.1, 0.3], [0.25, 0.25, 0.25, 0.25]])
    # token 0 ratio 0.5, u = 0.9 rejects; residual [0, 0.2, 0, 0.1] / 0.3: cumulative [0, 0.667, 0.667, 1]
    for u, want in [(0.1, 1), (0.6, 1), (0.7, 3), (0.95, 3)]:
        check(speculative_accept(np.array([0]), q, p, ScriptedGenerator([0.9, u])), [want],
              f"speculative_accept([0], q, p) with u = 0.9, {u}")


def test_zero_residual_never_chosen():
    """A token whose residual is 0 (the rejected one included) is never the replacement, even with u = 0"""
    q = np.array([[0.7, 0.1, 0.2]])
    p = np.array([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])
    # token 0 ratio 0.2857, rejected; residual [0, 0.2, 0.3]
    check(speculative_accept(np.array([0]), q, p, ScriptedGenerator([0.5, 0.0])), [1],
          "speculative_accept([0], q, p) with u = 0.5, 0.0")


def test_stops_at_the_first_rejection():
    """After a rejection the later draft tokens are dropped, even ones that would be accepted"""
    q = np.array([[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]])
    p = np.array([[0.9, 0.1], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]])
    # token 1 at position 0: ratio 0.2; u = 0.6 rejects; residual [0.4, 0] -> token 0; positions 1 and 2 unused
    check(speculative_accept(np.array([1, 0, 0]), q, p, ScriptedGenerator([0.6, 0.5])), [0],
          "speculative_accept([1, 0, 0], q, p) with u = 0.6, 0.5")


def test_replacement_uses_a_fresh_draw():
    """The replacement is sampled with a new u, not the u that rejected the draft token"""
    q = np.array([[0.8, 0.1, 0.1]])
    p = np.array([[0.1, 0.6, 0.3], [1.0, 0.0, 0.0]])
    # token 0 ratio 0.125; u = 0.9 rejects; residual [0, 0.5, 0.2] / 0.7: cumulative [0, 0.714, 1]; u = 0.2 -> 1
    check(speculative_accept(np.array([0]), q, p, ScriptedGenerator([0.9, 0.2])), [1],
          "speculative_accept([0], q, p) with u = 0.9, 0.2")


def test_bonus_comes_from_the_last_target_row():
    """When every draft token is accepted, the bonus is sampled from target_probs[K]"""
    q = np.array([[0.5, 0.5, 0.0], [0.0, 0.5, 0.5]])
    p = np.array([[0.5, 0.5, 0.0], [0.0, 0.5, 0.5], [0.0, 0.0, 1.0]])
    check(speculative_accept(np.array([0, 2]), q, p, ScriptedGenerator([0.3, 0.3, 0.1])), [0, 2, 2],
          "speculative_accept([0, 2], q, p) with u = 0.3, 0.3, 0.1")


def test_no_draft_tokens():
    """K = 0: one draw samples a single token from target_probs[0]"""
    p = np.array([[0.2, 0.5, 0.3]])
    got = speculative_accept(np.array([], dtype=np.int64), np.zeros((0, 3)), p, np.random.default_rng(0))
    check(got, [1], "speculative_accept([], zeros((0, 3)), [[0.2, 0.5, 0.3]], seed 0)")


def test_rounding_picks_the_last_positive_token():
    """If rounding keeps every cumulative value <= u (u = 1 - 2^-53), the last token with positive probability"""
    u_max = np.nextafter(1.0, 0.0)
    q = np.array([[0.032, 0.169, 0.072, 0.148, 0.579]])
    p = np.array([[0.101, 0.368, 0.153, 0.033, 0.345], [0.0, 0.0, 0.0, 0.0, 1.0]])
    # token 4 ratio 0.596, u = 0.9 rejects; residual [0.069, 0.199, 0.081, 0, 0]
    check(speculative_accept(np.array([4]), q, p, ScriptedGenerator([0.9, u_max])), [2],
          "speculative_accept([4], q, p) with u = 0.9, 1 - 2^-53")
    bonus = [0.3307593228006953, 0.28289521090231856, 0.3225786955919072, 0.06376677070507868, 0.0]  # sums to 1 - 2^-52
    q_all = np.array([[1.0, 0.0, 0.0, 0.0, 0.0]])
    p_all = np.array([[1.0, 0.0, 0.0, 0.0, 0.0], bonus])  # token 0 accepted (ratio 1), then the bonus row
    check(speculative_accept(np.array([0]), q_all, p_all, ScriptedGenerator([0.5, u_max])), [0, 3],
          "speculative_accept([0], q, p) with a bonus row [0.331, 0.283, 0.323, 0.064, 0] and u = 0.5, 1 - 2^-53")


def test_first_token_follows_the_target():
    """Over 1000 calls the first emitted token is distributed as target_probs[0], whatever the draft"""
    q = np.array([[0.6, 0.3, 0.05, 0.05]])
    p = np.array([[0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25]])
    proposals = np.searchsorted(np.cumsum(q[0]), np.random.default_rng(13).random(1000), side="right")
    rng = np.random.default_rng(12)
    counts = np.zeros(4)
    for t in proposals:
        first = as_tokens(speculative_accept(np.array([t]), q, p, rng), "speculative_accept")[0]
        counts[first] += 1
    freq = counts / counts.sum()
    assert np.abs(freq - p[0]).max() < 0.05, (
        f"the first emitted token has frequencies {np.round(freq, 3)} over 1000 calls with draft tokens drawn from "
        f"{q[0].tolist()}, but the target distribution is {p[0].tolist()}"
    )


BAD_SHAPES = {
    "draft_probs with K + 1 rows": (np.array([2, 0]), np.vstack([Q, Q[:1]]), P),
    "target_probs with K rows": (np.array([2, 0]), Q, P[:2]),
    "target_probs with another V": (np.array([2, 0]), Q, np.hstack([P, np.zeros((3, 1))])),
    "three draft tokens for two rows": (np.array([2, 0, 1]), Q, P),
}


@pytest.mark.parametrize("case", BAD_SHAPES)
def test_mismatched_shapes_raise(case):
    """Shapes that do not fit together raise ValueError ({case})"""
    tokens, q, p = BAD_SHAPES[case]
    with pytest.raises(ValueError):
        speculative_accept(tokens.copy(), q.copy(), p.copy(), np.random.default_rng(0))


@pytest.mark.parametrize("dtype", ["int32", "int64"])
def test_token_dtypes(dtype):
    """draft_tokens of dtype {dtype} work"""
    tokens, q, p = CASES[1]
    want, _ = reference(tokens, q.tolist(), p.tolist(), stream(3))
    check(speculative_accept(tokens.astype(dtype), q.copy(), p.copy(), np.random.default_rng(3)), want,
          f"speculative_accept({dtype} tokens, seed 3)")


def test_does_not_modify_inputs():
    """Leaves draft_tokens, draft_probs and target_probs unchanged"""
    for tokens0, q0, p0 in CASES:
        tokens, q, p = tokens0.copy(), q0.copy(), p0.copy()
        for seed in range(10):
            speculative_accept(tokens, q, p, np.random.default_rng(seed))
        assert np.array_equal(tokens, tokens0), "speculative_accept changed the caller's draft_tokens"
        assert np.array_equal(q, q0), "speculative_accept changed the caller's draft_probs"
        assert np.array_equal(p, p0), "speculative_accept changed the caller's target_probs"
