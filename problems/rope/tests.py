import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import apply_rope

RTOL, ATOL = 1e-6, 1e-6


def ref_rope(x, positions, base=10000.0):
    """Every pair (x[..., 2i], x[..., 2i+1]) of row t times the 2 x 2 rotation by positions[t] * base^(-2i/d)."""
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    theta = np.asarray(positions, dtype=float)[:, None] * base ** (-2.0 * np.arange(d // 2) / d)  # (T, d/2)
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])  # (2, 2, T, d/2)
    pairs = x.reshape(x.shape[:-1] + (d // 2, 2))  # (..., T, d/2, 2)
    return np.einsum("rcti,...tic->...tir", rot, pairs).reshape(x.shape)


def rope(x, positions, base=None):
    """apply_rope on copies, checked to keep the shape of x."""
    args = (np.array(x), np.array(positions)) + (() if base is None else (base,))
    got = as_array(apply_rope(*args), "apply_rope(x, positions)")
    if got.shape != np.shape(x):
        raise AssertionError(f"apply_rope(x, positions) has shape {got.shape}, expected the shape of x, {np.shape(x)}")
    return got


def check(got, x, positions, base=10000.0, name="apply_rope(x, positions)"):
    want = ref_rope(x, positions, base)
    assert_close(got, want, rtol=RTOL, atol=ATOL, name=name)


_rng = np.random.default_rng(0)
SHAPES = {
    "no batch axes: (T=5, d=8)": (5, 8),
    "heads: (H=3, T=4, d=6)": (3, 4, 6),
    "batch and heads: (B=2, H=3, T=6, d=16)": (2, 3, 6, 16),
}
POSITIONS = {5: np.array([7, 0, 3, 12, 100]), 4: np.array([2, 2, 9, 1]), 6: np.array([0, 1, 2, 50, 51, 1000])}


def test_worked_example():
    """Unit vectors [1, 0, 1, 0] at positions 0, 1, 2 become [cos tw, sin tw] pairs (w = 1 and 1/100)"""
    x = np.array([[1.0, 0.0, 1.0, 0.0]] * 3)
    got = rope(x, np.array([0, 1, 2]))
    expected = [[1.0, 0.0, 1.0, 0.0],
                [np.cos(1.0), np.sin(1.0), np.cos(0.01), np.sin(0.01)],
                [np.cos(2.0), np.sin(2.0), np.cos(0.02), np.sin(0.02)]]
    if not np.allclose(got, expected, atol=1e-9):
        assert_close(got, expected, rtol=RTOL, atol=ATOL, name="apply_rope([[1, 0, 1, 0]] * 3, [0, 1, 2])")


def test_rotation_direction():
    """Counterclockwise: with d = 2, [1, 0] at position p becomes [cos p, sin p], and [0, 1] becomes [-sin p, cos p]"""
    x = np.array([[1.0, 0.0], [0.0, 1.0]])
    got = rope(x, np.array([1, 1]))
    c, s = np.cos(1.0), np.sin(1.0)
    expected = np.array([[c, s], [-s, c]])
    if np.allclose(got, [[c, -s], [s, c]], atol=1e-6):
        raise AssertionError(
            f"apply_rope([[1, 0], [0, 1]], [1, 1]) gave {np.round(got, 4).tolist()}, expected "
            f"{np.round(expected, 4).tolist()}: the rotation goes clockwise. A pair (a, b) rotated by theta becomes "
            "(a cos theta - b sin theta, a sin theta + b cos theta)"
        )
    assert_close(got, expected, rtol=RTOL, atol=ATOL, name="apply_rope([[1, 0], [0, 1]], [1, 1])")


def test_position_zero_is_identity():
    """Rows at position 0 are left exactly as they are (angle 0)"""
    x = _rng.normal(size=(2, 3, 4, 8))
    got = rope(x, np.zeros(4, dtype=int))
    assert_close(got, x, rtol=1e-12, atol=1e-12, name="apply_rope(x, zeros)")


@pytest.mark.parametrize("case", SHAPES)
def test_matches_formula(case):
    """Matches the pairwise rotation for scattered positions: {case}"""
    shape = SHAPES[case]
    x = np.random.default_rng(1).normal(size=shape)
    positions = POSITIONS[shape[-2]]
    check(rope(x, positions), x, positions)


def test_uses_the_given_positions():
    """Row t is rotated by positions[t], not by t (positions [7, 0, 3, 12, 100])"""
    x = np.tile(np.array([1.0, 0.0, 1.0, 0.0, 1.0, 0.0]), (5, 1))
    positions = POSITIONS[5]
    got = rope(x, positions)
    if np.allclose(got, ref_rope(x, np.arange(5)), atol=1e-6):
        raise AssertionError(
            "apply_rope rotated row t by t itself (0, 1, 2, ...) instead of by positions[t] = [7, 0, 3, 12, 100]: "
            "the angles are positions[:, None] * frequencies"
        )
    check(got, x, positions)


def test_pairs_are_neighbours():
    """Pairs are (x[2i], x[2i+1]): a vector with only x[0] = 1 stays inside columns 0 and 1"""
    x = np.zeros((1, 8))
    x[0, 0] = 1.0
    got = rope(x, np.array([1]))
    leaked = np.abs(got[0, 2:]).max()
    if leaked > 1e-9:
        raise AssertionError(
            f"rotating [1, 0, 0, 0, 0, 0, 0, 0] at position 1 should only move weight into column 1 (its pair "
            f"partner), giving [cos 1, sin 1, 0, ...], got {np.round(got[0], 4).tolist()}. Column 2i pairs with "
            "column 2i+1 (x[..., 0::2] and x[..., 1::2]), and the rotated pair goes back into those same two columns"
        )
    check(got, x, np.array([1]))


@pytest.mark.parametrize("base", [100.0, 500000.0])
def test_base_argument(base):
    """The frequencies are base^(-2i/d) for base = {base:g}"""
    x = np.random.default_rng(2).normal(size=(3, 4, 8))
    positions = POSITIONS[4]
    got = rope(x, positions, base)
    if np.allclose(got, ref_rope(x, positions), atol=1e-6):
        raise AssertionError(f"apply_rope(x, positions, base={base:g}) gave the result for base=10000: use the base argument")
    check(got, x, positions, base, name=f"apply_rope(x, positions, base={base:g})")


def test_frequencies_use_2i():
    """Pair i turns at base^(-2i/d): with d = 8, pair 1 at position 100 turns by 100 / 10 = 10 radians"""
    x = np.zeros((1, 8))
    x[0, 2] = 1.0  # pair 1 only
    got = rope(x, np.array([100]))
    want = [np.cos(10.0), np.sin(10.0)]
    if not np.allclose(got[0, 2:4], want, atol=1e-6):
        wrong = 100 * 10000.0 ** (-1 / 8)
        hint = (" That is the angle 100 * 10000^(-1/8): the exponent came out -1/8 = -i/d for pair i = 1; it must be "
                "-2i/d = -2/8." if np.allclose(got[0, 2:4], [np.cos(wrong), np.sin(wrong)], atol=1e-6) else "")
        raise AssertionError(
            f"pair 1 of [0, 0, 1, 0, 0, 0, 0, 0] at position 100 should be [cos 10, sin 10] = {np.round(want, 4).tolist()} "
            f"(angle 100 * 10000^(-2/8) = 10), got {np.round(got[0, 2:4], 4).tolist()}.{hint}"
        )
    check(got, x, np.array([100]))


def test_preserves_pair_norms():
    """Each pair keeps its length: a rotation never stretches"""
    x = np.random.default_rng(3).normal(size=(2, 6, 10))
    got = rope(x, POSITIONS[6])
    norms_in = np.hypot(x[..., 0::2], x[..., 1::2])
    norms_out = np.hypot(got[..., 0::2], got[..., 1::2])
    if not np.allclose(norms_out, norms_in, rtol=1e-6, atol=1e-9):
        worst = np.unravel_index(np.argmax(np.abs(norms_out - norms_in)), norms_in.shape)
        raise AssertionError(
            "the length of each pair (x[2i], x[2i+1]) should not change under a rotation, but it did: pair "
            f"{int(worst[-1])} at index {tuple(int(i) for i in worst[:-1])} had length {norms_in[worst]:.6g} in x and {norms_out[worst]:.6g} in "
            "the output (columns 2i and 2i+1 of each)"
        )


def test_relative_positions():
    """<rope(q, m), rope(k, n)> depends only on m - n: equal for (3, 1), (10, 8), (1002, 1000)"""
    rng = np.random.default_rng(4)
    q, k = rng.normal(size=(1, 16)), rng.normal(size=(1, 16))
    dots = [float(np.sum(rope(q, np.array([m])) * rope(k, np.array([n])))) for m, n in [(3, 1), (10, 8), (1002, 1000)]]
    want = float(np.sum(ref_rope(q, np.array([2])) * k))
    if not np.allclose(dots, want, rtol=1e-6, atol=1e-6):
        equal = np.allclose(dots, dots[0], rtol=1e-6, atol=1e-6)
        raise AssertionError(
            f"the dot products of rope(q, m) and rope(k, n) for (m, n) = (3, 1), (10, 8), (1002, 1000) should all be "
            f"{want:.6g} (they depend only on m - n = 2), got {[round(v, 6) for v in dots]}"
            + (": equal to each other, so the score depends only on m - n, but its value is not the one the "
               "rotation in the statement gives" if equal else "")
        )


def test_negative_positions_undo():
    """Rotating by positions p, then by -p, gives x back"""
    x = np.random.default_rng(5).normal(size=(3, 5, 8))
    positions = POSITIONS[5]
    back = rope(rope(x, positions), -positions)
    assert_close(back, x, rtol=1e-6, atol=1e-9, name="apply_rope(apply_rope(x, p), -p)")


def test_does_not_modify_inputs():
    """x and positions are left unchanged"""
    x = np.random.default_rng(6).normal(size=(2, 4, 6))
    positions = POSITIONS[4].copy()
    x2, p2 = x.copy(), positions.copy()
    apply_rope(x2, p2)
    assert np.array_equal(x2, x), "apply_rope() changed the caller's x: write the rotated pairs into a new array"
    assert np.array_equal(p2, positions), "apply_rope() changed the caller's positions"
