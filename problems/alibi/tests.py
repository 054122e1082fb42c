import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import alibi_bias

RTOL = 1e-6  # relative: float32 arithmetic inside is fine, every slope mistake is far off


def ref_bias(n_heads, T):
    """The definition, entry by entry, with math.pow."""
    out = np.empty((n_heads, T, T))
    for h in range(n_heads):
        m = math.pow(2.0, -8.0 * (h + 1) / n_heads)
        for i in range(T):
            for j in range(T):
                out[h, i, j] = -m * (i - j) if j <= i else -math.inf
    return out


def assert_bias(got, want, name):
    """Exactly -inf where want is -inf, and close (relative RTOL) everywhere else."""
    got = np.asarray(got, dtype=float)
    blocked = np.isneginf(want)
    wrong = blocked != np.isneginf(got)
    if wrong.any():
        idx = tuple(int(a) for a in np.argwhere(wrong)[0])
        raise AssertionError(
            f"{name}{list(idx)} should be {want[idx]}, got {got[idx]} "
            "(entries with j > i must be exactly -inf, entries with j <= i finite)"
        )
    assert_close(np.where(blocked, 0.0, got), np.where(blocked, 0.0, want), rtol=RTOL, atol=0, name=name)


def call(n_heads, T):
    """alibi_bias(n_heads, T), checked to be an array of shape (n_heads, T, T)."""
    got = alibi_bias(n_heads, T)
    return as_array(got, f"alibi_bias({n_heads}, {T})", shape=(n_heads, T, T))


def test_worked_example():
    """alibi_bias(2, 3): slopes 1/16 and 1/256, -inf above the diagonal"""
    inf = np.inf
    want = [[[0.0, -inf, -inf], [-0.0625, 0.0, -inf], [-0.125, -0.0625, 0.0]],
            [[0.0, -inf, -inf], [-0.00390625, 0.0, -inf], [-0.0078125, -0.00390625, 0.0]]]
    assert_bias(call(2, 3), np.array(want), name="alibi_bias(2, 3)")


@pytest.mark.parametrize("n_heads", [1, 2, 4, 8, 16, 64])
def test_slopes(n_heads):
    """The bias one step back is -m_h with m_h = 2^(-8 (h+1) / H): {n_heads} head(s)"""
    got = call(n_heads, 2)
    want = -(2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads))
    assert_close(got[:, 1, 0], want, rtol=RTOL, atol=0, name=f"alibi_bias({n_heads}, 2)[:, 1, 0] (minus the slopes)")


@pytest.mark.parametrize("n_heads, T", [(4, 6), (8, 5), (1, 7), (16, 3)])
def test_matches_definition(n_heads, T):
    """Matches -m_h (i - j) below the diagonal and -inf above: H={n_heads}, T={T}"""
    assert_bias(call(n_heads, T), ref_bias(n_heads, T), name=f"alibi_bias({n_heads}, {T})")


def test_eight_head_slopes_halve():
    """With 8 heads the slopes are 1/2, 1/4, ..., 1/256"""
    got = call(8, 4)
    want = 0.5 ** np.arange(1, 9)
    assert_close(-got[:, 1, 0], want, rtol=RTOL, atol=0, name="slopes of alibi_bias(8, 4) (minus the bias one step back)")


@pytest.mark.parametrize("n_heads", [2, 4, 16])
def test_last_head_slope(n_heads):
    """The last head's slope is 2^-8 = 1/256 whatever the head count: {n_heads} heads"""
    got = call(n_heads, 3)
    assert_close(got[-1, 2, 0], -2 / 256, rtol=RTOL, atol=0, name=f"alibi_bias({n_heads}, 3)[-1, 2, 0]")


def test_slope_ratio():
    """Neighbouring heads' slopes differ by the factor 2^(-8/H): 4 heads, ratio 1/4"""
    got = call(4, 2)
    slopes = -got[:, 1, 0]
    assert_close(slopes[1:] / slopes[:-1], np.full(3, 0.25), rtol=RTOL, atol=0,
                 name="m_(h+1) / m_h for alibi_bias(4, 2)")


def test_head_zero_is_steepest():
    """Slopes decrease with the head index: head 0 penalises distance the most (8 heads)"""
    slopes = -call(8, 2)[:, 1, 0]
    assert np.all(np.diff(slopes) < 0), f"the slopes -bias[:, 1, 0] should decrease from head 0 to head 7, got {slopes}"


def test_future_gets_zero_weight():
    """With zero scores, softmax(bias) puts weight exactly 0 on the future and e^(-m d) / sum on the past"""
    got = call(2, 4)
    with np.errstate(all="ignore"):
        e = np.exp(got - got.max(axis=-1, keepdims=True))
        w = e / e.sum(axis=-1, keepdims=True)
    future = np.triu(np.ones((4, 4), dtype=bool), k=1)
    assert np.all(w[:, future] == 0), f"softmax(alibi_bias(2, 4)) gives weights {w[:, future]} on future keys, expected exactly 0"
    m = 2.0 ** -4
    row = np.exp(-m * np.array([3.0, 2.0, 1.0, 0.0]))
    assert_close(w[0, 3], row / row.sum(), rtol=RTOL, atol=0, name="softmax(alibi_bias(2, 4))[0, 3]")


def test_future_is_exactly_minus_inf():
    """Every entry with j > i is exactly -inf (T=6, 4 heads)"""
    got = call(4, 6)
    upper = got[:, np.triu_indices(6, k=1)[0], np.triu_indices(6, k=1)[1]]
    ok = np.all(np.isneginf(upper))
    assert ok, (
        f"entries above the diagonal should all be -inf; found {upper[~np.isneginf(upper)][:5]} "
        f"({int((~np.isneginf(upper)).sum())} of {upper.size} are not -inf)"
    )


def test_past_is_finite_and_non_positive():
    """Every entry with j <= i is finite and <= 0 (T=6, 4 heads)"""
    got = call(4, 6)
    rows, cols = np.tril_indices(6)
    lower = got[:, rows, cols]
    assert np.all(np.isfinite(lower)), f"entries with j <= i should be finite; found {lower[~np.isfinite(lower)][:5]}"
    assert np.all(lower <= 0), f"entries with j <= i should be <= 0 (a penalty), found {lower[lower > 0][:5]}"


def test_diagonal_is_zero():
    """The diagonal is exactly 0: no penalty for attending to oneself (T=5, 8 heads)"""
    got = call(8, 5)
    diag = np.diagonal(got, axis1=1, axis2=2)
    assert np.all(diag == 0), f"bias[h, i, i] should be exactly 0 for every head, got\n{diag}"


def test_depends_only_on_distance():
    """bias[h, i, j] depends only on i - j: every diagonal below the main one is constant (T=7, 2 heads)"""
    got = call(2, 7)
    for h in range(2):
        for offset in range(1, 7):
            diag = np.diagonal(got[h], offset=-offset)
            spread = float(diag.max() - diag.min())
            assert spread <= 1e-6 * abs(float(diag[0])), (
                f"head {h}: the entries with i - j = {offset} should all be equal, got {diag}"
            )


def test_long_sequence():
    """T = 512, 8 heads: bias[0, 511, 0] = -0.5 * 511 and bias[7, 511, 0] = -511 / 256"""
    got = call(8, 512)
    assert_close(got[:, 511, 0], -511 * 0.5 ** np.arange(1, 9), rtol=RTOL, atol=0, name="alibi_bias(8, 512)[:, 511, 0]")
    assert_close(got[3, 300:310, 100], -(2.0 ** -4) * np.arange(200, 210), rtol=RTOL, atol=0,
                 name="alibi_bias(8, 512)[3, 300:310, 100]")


def test_single_position():
    """T = 1: a (n_heads, 1, 1) array of zeros"""
    assert_close(call(4, 1), np.zeros((4, 1, 1)), rtol=0, atol=0, name="alibi_bias(4, 1)")


def test_empty_sequence():
    """T = 0: an empty array of shape (n_heads, 0, 0)"""
    call(4, 0)


def test_float_result():
    """The result is a float array (it holds -inf)"""
    got = alibi_bias(2, 3)
    assert isinstance(got, np.ndarray) and got.dtype.kind == "f", (
        f"alibi_bias(2, 3) should be a float numpy array, got {type(got).__name__}"
        + (f" of dtype {got.dtype}" if isinstance(got, np.ndarray) else "")
    )


@pytest.mark.parametrize("n_heads", [3, 5, 6, 12, 24, 0, -2, -4])
def test_raises_when_not_power_of_two(n_heads):
    """n_heads = {n_heads} is not a power of two: ValueError"""
    try:
        alibi_bias(n_heads, 4)
    except ValueError:
        return
    except AssertionError:
        raise AssertionError(f"alibi_bias({n_heads}, 4) raised AssertionError; the statement asks for ValueError") from None
    raise AssertionError(f"alibi_bias({n_heads}, 4) returned normally; {n_heads} is not a power of two, so it should raise ValueError")


def test_numpy_integer_arguments():
    """Works when n_heads and T are numpy integers: np.int64(4), np.int32(3)"""
    got = as_array(alibi_bias(np.int64(4), np.int32(3)), "alibi_bias(np.int64(4), np.int32(3))", shape=(4, 3, 3))
    assert_bias(got, ref_bias(4, 3), name="alibi_bias(np.int64(4), np.int32(3))")
