import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import sinusoidal_positions

ATOL = 1e-5  # values lie in [-1, 1]; float32 arithmetic inside stays well within this


def ref_pe(T, d):
    pe = np.zeros((T, d))
    for t in range(T):
        for i in range(d // 2):
            angle = t / 10000.0 ** (2 * i / d)
            pe[t, 2 * i] = np.sin(angle)
            pe[t, 2 * i + 1] = np.cos(angle)
    return pe


def pe(T, d):
    """sinusoidal_positions(T, d) as a float array of shape (T, d)."""
    got = as_array(sinusoidal_positions(T, d), f"sinusoidal_positions({T}, {d})")
    if got.shape != (T, d):
        raise AssertionError(f"sinusoidal_positions({T}, {d}) has shape {got.shape}, expected {(T, d)} (one row per position)")
    return got


def check(got, T, d, name=None):
    want = ref_pe(T, d)
    assert_close(got, want, rtol=0, atol=ATOL, name=name or f"sinusoidal_positions({T}, {d})")


SIZES = {"T=1, d=2": (1, 2), "T=3, d=4": (3, 4), "T=50, d=16": (50, 16), "T=7, d=128": (7, 128), "T=20, d=6": (20, 6)}


def test_worked_example():
    """sinusoidal_positions(3, 4): rows [0, 1, 0, 1], [sin 1, cos 1, sin 0.01, cos 0.01], [sin 2, cos 2, sin 0.02, cos 0.02]"""
    expected = [[0.0, 1.0, 0.0, 1.0],
                [np.sin(1.0), np.cos(1.0), np.sin(0.01), np.cos(0.01)],
                [np.sin(2.0), np.cos(2.0), np.sin(0.02), np.cos(0.02)]]
    got = pe(3, 4)
    assert_close(got, expected, rtol=0, atol=1e-6, name="sinusoidal_positions(3, 4)")


@pytest.mark.parametrize("size", SIZES)
def test_shape(size):
    """Returns an array of shape (T, d): {size}"""
    pe(*SIZES[size])


@pytest.mark.parametrize("size", SIZES)
def test_matches_formula(size):
    """Matches sin / cos of t / 10000^(2i/d) in columns 2i / 2i+1: {size}"""
    T, d = SIZES[size]
    check(pe(T, d), T, d)


def test_position_zero():
    """Position 0 is [0, 1, 0, 1, ..., 0, 1] (sin 0 and cos 0 in every pair)"""
    got = pe(4, 10)
    expected = np.tile([0.0, 1.0], 5)
    if not np.allclose(got[0], expected, atol=1e-12):
        raise AssertionError(
            f"row 0 should be [0, 1, 0, 1, ...] (position t = 0: sin 0 = 0 in even columns, cos 0 = 1 in odd ones), "
            f"got {np.round(got[0], 4)}"
        )


def test_first_pair_is_sin_t_cos_t():
    """Columns 0 and 1 are sin(t) and cos(t): the fastest pair, frequency 1"""
    T = 30
    got = pe(T, 8)
    t = np.arange(T, dtype=float)
    check_pair = np.allclose(got[:, 0], np.sin(t), atol=ATOL) and np.allclose(got[:, 1], np.cos(t), atol=ATOL)
    assert check_pair, (
        f"column 0 should be sin(t) = {np.round(np.sin(t[:4]), 4)}... and column 1 cos(t) = {np.round(np.cos(t[:4]), 4)}..., "
        f"got {np.round(got[:4, 0], 4)}... and {np.round(got[:4, 1], 4)}..."
    )


def test_last_pair_is_slowest():
    """The last pair (columns d-2, d-1) has frequency 1 / 10000^((d-2)/d)"""
    T, d = 40, 16
    got = pe(T, d)
    angle = np.arange(T) / 10000.0 ** ((d - 2) / d)
    want = np.stack([np.sin(angle), np.cos(angle)], axis=1)
    if not np.allclose(got[:, -2:], want, atol=ATOL):
        raise AssertionError(
            f"columns {d - 2} and {d - 1} should be sin and cos of t / 10000^({d - 2}/{d}) "
            f"(i = {d // 2 - 1}, exponent 2i/d = {(d - 2) / d:g}): for t = 0..3 expected "
            f"{np.round(want[:4], 4).tolist()}, got {np.round(got[:4, -2:], 4).tolist()}"
        )


def test_pairs_lie_on_the_unit_circle():
    """Each pair (PE[t, 2i], PE[t, 2i+1]) has sin^2 + cos^2 = 1"""
    got = pe(25, 12)
    norms = got[:, 0::2] ** 2 + got[:, 1::2] ** 2
    bad = np.argwhere(np.abs(norms - 1) > 1e-5)
    if len(bad):
        t, i = bad[0]
        raise AssertionError(
            f"columns {2 * i} and {2 * i + 1} of row {t} should be the sin and cos of the same angle, so their squares "
            f"should add up to 1, got {norms[t, i]:.6g}"
        )


def test_shift_is_a_rotation():
    """PE[t + k] is PE[t] with every pair rotated by the angle k / 10000^(2i/d)"""
    T, d, k = 40, 8, 7
    got = pe(T, d)
    w = 1.0 / 10000.0 ** (np.arange(0, d, 2) / d)
    c, s = np.cos(k * w), np.sin(k * w)
    sin_t, cos_t = got[: T - k, 0::2], got[: T - k, 1::2]
    # sin(a + b) = sin a cos b + cos a sin b,  cos(a + b) = cos a cos b - sin a sin b
    shifted = np.empty((T - k, d))
    shifted[:, 0::2] = sin_t * c + cos_t * s
    shifted[:, 1::2] = cos_t * c - sin_t * s
    if not np.allclose(got[k:], shifted, atol=1e-5):
        raise AssertionError(
            "PE[t + 7] should equal PE[t] with each pair (sin, cos) rotated by 7 times the pair's frequency "
            f"1 / 10000^(2i/d), but they differ by up to {np.max(np.abs(got[k:] - shifted)):.3g}"
        )


def test_long_sequence():
    """T=1024, d=128: fast, finite, values in [-1, 1], and PE[1000, 0] = sin(1000)"""
    got = pe(1024, 128)
    assert_finite(got, "sinusoidal_positions(1024, 128)")
    assert np.all(np.abs(got) <= 1 + 1e-6), "every entry is a sine or a cosine, so it must lie in [-1, 1]"
    assert_close(got[1000, :2], [np.sin(1000.0), np.cos(1000.0)], rtol=0, atol=1e-3, name="PE[1000, 0:2]")
    check(got[:64], 64, 128, name="first 64 rows of sinusoidal_positions(1024, 128)")
