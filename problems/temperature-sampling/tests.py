import numpy as np
import pytest

from solution import sample_tokens


def reference(logits, temperature, u):
    """The rule, one row at a time: smallest j with cumsum(p)[j] > u, else the last index."""
    z = np.asarray(logits, dtype=float)
    rows = z.reshape(-1, z.shape[-1])
    us = np.asarray(u, dtype=float).reshape(-1)
    out = []
    for row, ui in zip(rows, us):
        s = row / temperature
        e = np.exp(s - s.max())
        c = np.cumsum(e / e.sum())
        above = np.nonzero(c > ui)[0]
        out.append(int(above[0]) if above.size else len(row) - 1)
    return np.array(out).reshape(z.shape[:-1])


def draws(seed, shape):
    return np.random.default_rng(seed).random(shape)


class ScriptedGenerator:
    """Stands in for a numpy Generator whose stream of uniforms is the given numbers, in order.

    random(size) (or uniform(size=...)) hands out the next numbers of the list; choice(V, p=...) does
    what numpy's Generator.choice does with p: one uniform, searched in the normalised cumulative sum.
    """

    def __init__(self, values):
        self.values = [float(v) for v in np.asarray(values, dtype=float).reshape(-1)]
        self.position = 0

    def _take(self, n):
        if self.position + n > len(self.values):
            raise AssertionError(f"the code drew more than the {len(self.values)} uniform number(s) the test expects")
        out = self.values[self.position:self.position + n]
        self.position += n
        return out

    def random(self, size=None, dtype=np.float64, out=None):
        if size is None:
            return self._take(1)[0]
        shape = (size,) if np.ndim(size) == 0 else tuple(size)
        return np.array(self._take(int(np.prod(shape))), dtype=float).reshape(shape)

    def uniform(self, low=0.0, high=1.0, size=None):
        return low + (high - low) * self.random(size)

    def choice(self, a, size=None, replace=True, p=None, shuffle=True):
        cdf = np.cumsum(np.asarray(p, dtype=float))
        cdf /= cdf[-1]
        u = self.random(size)
        return np.searchsorted(cdf, u, side="right")


def as_tokens(got, shape, name):
    """The learner's result as an integer array of the expected shape (a Python int for shape ())."""
    if shape == ():
        if not isinstance(got, int) or isinstance(got, bool):
            raise AssertionError(f"{name} returned {got!r} of type {type(got).__name__}; for 1-D logits the "
                                 "statement asks for a Python int")
        return np.array(got)
    if not isinstance(got, np.ndarray):
        raise AssertionError(f"{name} returned a {type(got).__name__}; expected an integer numpy array of shape {shape}")
    if got.dtype.kind not in "iu":
        raise AssertionError(f"{name} returned an array of dtype {got.dtype}; expected an integer array")
    if got.shape != tuple(shape):
        raise AssertionError(f"{name} has shape {got.shape}, expected shape {tuple(shape)} (logits.shape[:-1])")
    return got


def check(got, expected, name):
    expected = np.asarray(expected)
    have = as_tokens(got, expected.shape, name)
    if not np.array_equal(have, expected):
        wrong = np.argwhere(have != expected)
        first = tuple(wrong[0]) if expected.shape else ()
        raise AssertionError(
            f"{name} returned\n{have}\nbut the tokens given by the draws are\n{expected}\n"
            f"({len(wrong) if expected.shape else 1} of {max(expected.size, 1)} differ; first at index {list(first)}: "
            f"expected {expected[first]}, got {have[first]})"
        )


P3 = np.log(np.array([0.2, 0.5, 0.3]))
_rng = np.random.default_rng(2024)
BATCH = _rng.normal(size=(40, 10)) * 2.0
CUBE = _rng.normal(size=(2, 3, 6)) * 1.5
# Rows whose float64 cumulative sum ends at 1 - 2**-52, below the largest u that rng.random can return.
SHORT_SUM = np.array([[-0.7, 1.1, -0.8, 0.6, -0.4], [-2.3, -1.6, 0.2, -3.1, 0.3], [0.6, -1.1, 1.7, -1.7, 1.3]])
U_MAX = np.nextafter(1.0, 0.0)


def test_worked_example():
    """Worked example: softmax [0.2, 0.5, 0.3], seed 0 (u = 0.637) gives token 1"""
    check(sample_tokens(P3.copy(), 1.0, np.random.default_rng(0)), 1, "sample_tokens(log([0.2, 0.5, 0.3]), 1.0, seed 0)")


def test_worked_example_batch():
    """Worked example: three equal rows, seed 0 (u = 0.637, 0.270, 0.041) give [1, 1, 0]"""
    z = np.stack([P3, P3, P3])
    check(sample_tokens(z, 1.0, np.random.default_rng(0)), [1, 1, 0], "sample_tokens(3 rows, 1.0, seed 0)")


@pytest.mark.parametrize("temperature", [0.5, 1.0, 3.0])
def test_matches_inverse_cdf_on_a_batch(temperature):
    """A (40, 10) batch at temperature {temperature} gives the tokens of the seeded draws"""
    got = sample_tokens(BATCH.copy(), temperature, np.random.default_rng(5))
    check(got, reference(BATCH, temperature, draws(5, (40,))), f"sample_tokens(batch, {temperature}, seed 5)")


def test_three_dimensional_logits():
    """Logits of shape (2, 3, 6) give tokens of shape (2, 3), u drawn in row-major order"""
    got = sample_tokens(CUBE.copy(), 0.8, np.random.default_rng(9))
    check(got, reference(CUBE, 0.8, draws(9, (2, 3))), "sample_tokens(cube, 0.8, seed 9)")


def test_one_dimensional_returns_python_int():
    """1-D logits give a Python int, the token of the one draw"""
    for seed in range(6):
        want = int(reference(BATCH[seed], 1.0, draws(seed, ())))
        check(sample_tokens(BATCH[seed].copy(), 1.0, np.random.default_rng(seed)), want,
              f"sample_tokens(row {seed}, 1.0, seed {seed})")


@pytest.mark.parametrize("shape", [(10,), (4, 10), (2, 2, 10)])
def test_draws_exactly_once(shape):
    """Draws exactly rng.random(logits.shape[:-1]) and nothing else (logits of shape {shape})"""
    z = BATCH[: int(np.prod(shape[:-1]))].reshape(shape)
    rng = np.random.default_rng(17)
    sample_tokens(z.copy(), 1.0, rng)
    twin = np.random.default_rng(17)
    twin.random(shape[:-1])
    after, expected = rng.random(4), twin.random(4)
    assert np.array_equal(after, expected), (
        f"after sample_tokens the generator is not where one call rng.random({shape[:-1]}) leaves it: "
        f"its next numbers are {after}, expected {expected}"
    )


def test_temperature_is_a_divisor():
    """softmax(logits / T): T = 4 flattens [0, 4, 8], so u = 0.25 picks token 1 (T = 1 would pick 2)"""
    # p at T = 4: e^[0, 1, 2] / 11.107 = [0.090, 0.245, 0.665]; cumulative [0.090, 0.335, 1.0]
    z = np.array([0.0, 4.0, 8.0])
    check(sample_tokens(z, 4.0, ScriptedGenerator([0.25])), 1, "sample_tokens([0, 4, 8], 4.0) with u = 0.25")
    check(sample_tokens(z, 0.25, ScriptedGenerator([0.001])), 2, "sample_tokens([0, 4, 8], 0.25) with u = 0.001")


def test_low_temperature_is_greedy():
    """Temperature 1e-3 picks the largest logit of each row whatever u is"""
    z = BATCH[:8]
    got = sample_tokens(z.copy(), 1e-3, np.random.default_rng(3))
    check(got, np.argmax(z, axis=-1), "sample_tokens(8 rows, 1e-3, seed 3)")


def test_stable_for_large_logits_and_low_temperature():
    """Stable for logits up to 1e4 with temperature 1e-3 (scaled logits of 1e7)"""
    z = np.array([[1e4, 1e4 - 0.001, -1e4, 9990.0], [-1e4, -1e4, -1e4 + 0.002, 0.0], [5e3, -5e3, 5e3 + 0.0005, 5e3]])
    u = np.array([0.8, 0.3, 0.55])
    # row 0: p = [1/(1+e^-1), e^-1/(1+e^-1), 0, 0] = [0.731, 0.269, 0, 0]
    # row 1: token 3 alone; row 2: scaled gap 0.5: p = [0.274, 0, 0.452, 0.274]
    check(sample_tokens(z.copy(), 1e-3, ScriptedGenerator(u)), [1, 3, 2], "sample_tokens(z, 1e-3)")
    got = sample_tokens(z.copy(), 1e-3, np.random.default_rng(1))
    check(got, reference(z, 1e-3, draws(1, (3,))), "sample_tokens(z, 1e-3, seed 1)")


def test_rows_on_different_scales():
    """Rows near +1e4 and -1e4 in one batch are each normalised on their own"""
    z = np.array([[1e4, 1e4 + 1, 1e4 - 1], [-1e4, -1e4 - 1, -1e4 + 1]])
    # p = [0.245, 0.665, 0.090] and [0.245, 0.090, 0.665]
    check(sample_tokens(z.copy(), 1.0, ScriptedGenerator([0.5, 0.95])), [1, 2], "sample_tokens(z, 1.0) with u = [0.5, 0.95]")


def test_cumulative_value_equal_to_u():
    """A u equal to a cumulative value picks the next token (the rule is c_j > u, strictly)"""
    z = np.zeros((3, 4))  # p = 0.25 each: cumulative 0.25, 0.5, 0.75, 1
    got = sample_tokens(z, 1.0, ScriptedGenerator([0.25, 0.5, 0.75]))
    check(got, [1, 2, 3], "sample_tokens(zeros((3, 4)), 1.0) with u = [0.25, 0.5, 0.75]")


def test_zero_probability_tokens_never_drawn():
    """Tokens with logit -inf are never drawn, even with u = 0"""
    neg = -np.inf
    z = np.array([[neg, 0.0, 0.0], [neg, neg, 1.0], [2.0, neg, 0.0]])
    check(sample_tokens(z, 1.0, ScriptedGenerator([0.0, 0.0, 0.9])), [1, 2, 2], "sample_tokens(z, 1.0) with u = [0, 0, 0.9]")
    many = np.tile(np.array([neg, 1.0, neg, 0.5, neg]), (500, 1))
    got = as_tokens(sample_tokens(many, 1.0, np.random.default_rng(8)), (500,), "sample_tokens(500 rows with -inf, 1.0, seed 8)")
    assert np.isin(got, [1, 3]).all(), f"sample_tokens drew tokens {sorted(set(got.tolist()) - {1, 3})}, whose logit is -inf"


def test_u_above_every_cumulative_value():
    """When rounding keeps every cumulative value <= u (u = 1 - 2^-53), the last index is returned"""
    got = sample_tokens(SHORT_SUM.copy(), 1.0, ScriptedGenerator([U_MAX] * 3))
    check(got, [4, 4, 4], "sample_tokens(z, 1.0) with u = 1 - 2^-53")


def test_frequencies_follow_the_softmax():
    """Over 4,000 rows the token frequencies match softmax(z / T) (T = 0.7)"""
    z = np.array([1.0, 0.0, 2.0, -1.0, 0.5])
    got = as_tokens(sample_tokens(np.tile(z, (4000, 1)), 0.7, np.random.default_rng(4)), (4000,),
                    "sample_tokens(4000 equal rows, 0.7, seed 4)")
    freq = np.array([(got == j).mean() for j in range(5)])
    e = np.exp(z / 0.7 - (z / 0.7).max())
    p = e / e.sum()
    assert np.abs(freq - p).max() < 0.03, f"token frequencies {np.round(freq, 3)} differ from softmax(z / 0.7) = {np.round(p, 3)}"


@pytest.mark.parametrize("temperature", [0.0, -0.5])
def test_non_positive_temperature_raises(temperature):
    """temperature = {temperature} raises ValueError"""
    with pytest.raises(ValueError):
        sample_tokens(P3.copy(), temperature, np.random.default_rng(0))


def test_does_not_modify_logits():
    """Leaves the caller's logits unchanged"""
    z = BATCH.copy()
    sample_tokens(z, 0.5, np.random.default_rng(0))
    assert np.array_equal(z, BATCH), f"sample_tokens changed the caller's logits; they are now\n{z}"


def test_worked_example_large_gap():
    """Worked example: [9999, 1e4, -1e4] at temperature 1e-3 gives token 1 (a scaled gap of 1000)"""
    z = np.array([9999.0, 1e4, -1e4])
    check(sample_tokens(z.copy(), 1e-3, np.random.default_rng(0)), 1, "sample_tokens([9999, 1e4, -1e4], 1e-3, seed 0)")
