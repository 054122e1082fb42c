import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close
from solution import dequantize_int8, quantize_int8


def slices(x, axis):
    """The slices x[..., i, ...] along axis, as flat Python lists."""
    moved = np.moveaxis(np.asarray(x, dtype=float), axis, 0)
    return [[float(v) for v in moved[i].ravel()] for i in range(moved.shape[0])]


def scale_of(values):
    top = max(abs(v) for v in values)
    return top / 127 if top > 0 else 1.0


def reference(x, axis=None):
    """Slice by slice with Python's round (which rounds half to even)."""
    x = np.asarray(x, dtype=float)
    if axis is None:
        s = scale_of(x.ravel().tolist())
        q = np.array([max(-127, min(127, round(v / s))) for v in x.ravel()]).reshape(x.shape)
        return q, s
    moved = np.moveaxis(x, axis, 0)
    scales = np.array([scale_of(sl) for sl in slices(x, axis)])
    q = np.empty(moved.shape)
    for i in range(moved.shape[0]):
        q[i] = np.array([max(-127, min(127, round(v / scales[i]))) for v in moved[i].ravel()]).reshape(moved.shape[1:])
    return np.moveaxis(q, 0, axis), scales


def away_from_ties(x, axis=None):
    """Zero any entry whose x / scale lies within 1e-6 of a half-integer (either way of dividing)."""
    x = np.array(x, dtype=float)
    moved = np.moveaxis(x, 0 if axis is None else axis, 0)
    groups = [moved] if axis is None else [moved[i] for i in range(moved.shape[0])]
    for g in groups:
        top = np.abs(g).max()
        if top == 0:
            continue
        for t in (g / (top / 127), g * (127 / top)):
            frac = np.abs(t - np.floor(t) - 0.5)
            g[(frac < 1e-6) & (np.abs(g) < top)] = 0.0
    return x


def run_q(x, axis=None):
    result = quantize_int8(x.copy(), axis) if axis is not None else quantize_int8(x.copy())
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise AssertionError(f"quantize_int8 should return the pair (q, scale), got {type(result).__name__}")
    q, scale = result
    q_arr = np.asarray(q)
    if q_arr.shape != x.shape:
        raise AssertionError(f"q has shape {q_arr.shape}, expected the shape of x, {x.shape}")
    if q_arr.dtype != np.int8:
        raise AssertionError(f"q should have dtype int8, got {q_arr.dtype}")
    if axis is None:
        if isinstance(scale, np.ndarray) and scale.shape != ():
            raise AssertionError(f"with axis=None, scale should be a single float, got an array of shape {scale.shape}")
        return q_arr, as_scalar(scale, "scale")
    return q_arr, as_array(scale, "scale", shape=(x.shape[axis],))


def check_q(q, expected, what="q"):
    expected = np.asarray(expected)
    if not np.array_equal(q.astype(int), expected.astype(int)):
        bad = np.argwhere(q.astype(int) != expected.astype(int))[0]
        idx = tuple(int(i) for i in bad)
        raise AssertionError(
            f"{what} differs at {int((q.astype(int) != expected.astype(int)).sum())} of {q.size} entries; "
            f"first at index {list(idx)}: expected {int(expected[idx])}, got {int(q[idx])}"
            + (f"\n  expected {expected.astype(int).tolist()}\n  got      {q.astype(int).tolist()}" if q.size <= 12 else "")
        )


_rng = np.random.default_rng(0)
TENSORS = {
    "shape (10,)": away_from_ties(_rng.normal(size=10) * 3),
    "shape (4, 5)": away_from_ties(_rng.normal(size=(4, 5))),
    "shape (2, 3, 4), wide range": away_from_ties(_rng.normal(size=(2, 3, 4)) * np.logspace(-3, 3, 4)),
}
CHANNELS = {
    "axis=0 of (5, 7)": (0, _rng.normal(size=(5, 7)) * np.array([[0.01], [1.0], [100.0], [3.0], [0.5]])),
    "axis=1 of (3, 4, 5)": (1, _rng.normal(size=(3, 4, 5)) * np.array([1.0, 10.0, 0.1, 5.0])[None, :, None]),
    "axis=-1 of (2, 3, 4)": (-1, _rng.normal(size=(2, 3, 4)) * np.array([2.0, 0.2, 20.0, 1.0])),
    "axis=1 of a square (6, 6)": (1, _rng.normal(size=(6, 6)) * np.logspace(-2, 2, 6)),
}
CHANNELS = {k: (a, away_from_ties(x, a)) for k, (a, x) in CHANNELS.items()}


def test_worked_example():
    """[0.5, -1.27, 0, 1] gives scale 0.01 and q = [50, -127, 0, 100]"""
    q, scale = run_q(np.array([0.5, -1.27, 0.0, 1.0]))
    assert_close(scale, 0.01, rtol=1e-9, atol=0, name="scale")
    check_q(q, [50, -127, 0, 100])


def test_ties_round_half_to_even():
    """Halves round to even: x / scale = [127, 0.5, 1.5, 2.5, -0.5] gives [127, 0, 2, 2, 0]"""
    q, scale = run_q(np.array([254.0, 1.0, 3.0, 5.0, -1.0]))
    assert_close(scale, 2.0, rtol=1e-12, atol=0, name="scale")
    check_q(q, [127, 0, 2, 2, 0])
    q, _ = run_q(np.array([127.0, -126.5, -2.5, 3.5, 0.5, -127.0, -1.5, 125.5]))
    check_q(q, [127, -126, -2, 4, 0, -127, -2, 126], "q of [127, -126.5, -2.5, 3.5, 0.5, -127, -1.5, 125.5]")


@pytest.mark.parametrize("case", TENSORS)
def test_per_tensor_matches_definition(case):
    """One scale max|x| / 127 for the whole array, q rounded to nearest ({case})"""
    x = TENSORS[case]
    q, scale = run_q(x)
    q_ref, s_ref = reference(x)
    assert_close(scale, s_ref, rtol=1e-7, atol=0, name="scale")
    check_q(q, q_ref)


def test_largest_magnitude_maps_to_127():
    """The largest |x| maps to +-127, also when it is negative: [-5.08, 1, 2] gives [-127, 25, 50]"""
    q, scale = run_q(np.array([-5.08, 1.0, 2.0]))
    assert_close(scale, 0.04, rtol=1e-9, atol=0, name="scale")
    check_q(q, [-127, 25, 50])


def test_small_magnitudes():
    """Small values use the full range too: [0.00127, -0.0005, 0.001] gives scale 1e-5 and q [127, -50, 100]"""
    q, scale = run_q(np.array([0.00127, -0.0005, 0.001]))
    assert_close(scale, 1e-5, rtol=1e-9, atol=0, name="scale")
    check_q(q, [127, -50, 100])


def test_all_zero_tensor():
    """An all-zero array has scale 1.0 and q all zeros"""
    q, scale = run_q(np.zeros((2, 3)))
    assert_close(scale, 1.0, rtol=0, atol=0, name="scale")
    check_q(q, np.zeros((2, 3)))


def test_per_channel_worked_example():
    """axis=0 of [[1.27, -0.5], [0, 0], [2.54, 1]]: scales [0.01, 1, 0.02], an all-zero row gets 1"""
    q, scale = run_q(np.array([[1.27, -0.5], [0.0, 0.0], [2.54, 1.0]]), axis=0)
    assert_close(scale, [0.01, 1.0, 0.02], rtol=1e-9, atol=0, name="scale")
    check_q(q, [[127, -50], [0, 0], [127, 50]])


@pytest.mark.parametrize("case", CHANNELS)
def test_per_channel_matches_definition(case):
    """One scale per index along axis, over all the other axes ({case})"""
    axis, x = CHANNELS[case]
    q, scale = run_q(x, axis)
    q_ref, s_ref = reference(x, axis)
    assert_close(scale, s_ref, rtol=1e-7, atol=0, name="scale")
    check_q(q, q_ref)


def test_negative_axis_counts_from_the_end():
    """axis=-2 of a (3, 4, 5) array is axis 1"""
    axis, x = CHANNELS["axis=1 of (3, 4, 5)"]
    q, scale = run_q(x, -2)
    q_ref, s_ref = reference(x, 1)
    assert_close(scale, s_ref, rtol=1e-7, atol=0, name="scale with axis=-2")
    check_q(q, q_ref, "q with axis=-2")


def test_round_trip_error_at_most_half_a_step():
    """dequantize(quantize(x)) is within scale / 2 of x, per tensor and per channel"""
    x = TENSORS["shape (4, 5)"]
    q, scale = run_q(x)
    err = np.abs(as_array(dequantize_int8(q, scale), "dequantize_int8(q, scale)", shape=x.shape) - x)
    assert err.max() <= scale / 2 * (1 + 1e-9), f"the round trip is off by up to {err.max():.6g}, more than scale / 2 = {scale / 2:.6g}"
    axis, x = CHANNELS["axis=-1 of (2, 3, 4)"]
    q, scale = run_q(x, axis)
    err = np.abs(as_array(dequantize_int8(q, scale, axis), "dequantize_int8(q, scale, axis=-1)", shape=x.shape) - x)
    worst = (err / (scale / 2)).max()
    assert worst <= 1 + 1e-9, f"the per-channel round trip is off by up to {worst:.6g} times that channel's scale / 2"


def test_dequantize_per_tensor():
    """dequantize_int8 returns q * scale as float64"""
    q = np.array([[-127, 0, 5], [127, -3, 64]], dtype=np.int8)
    got = dequantize_int8(q.copy(), 0.125)
    if np.asarray(got).dtype != np.float64:
        raise AssertionError(f"dequantize_int8 should return float64, got {np.asarray(got).dtype}")
    assert_close(got, q.astype(float) * 0.125, rtol=1e-15, atol=0, name="dequantize_int8(q, 0.125)")


@pytest.mark.parametrize("axis", [0, 1, -1, -3])
def test_dequantize_per_channel(axis):
    """dequantize_int8 with axis={axis} multiplies each slice by its own scale"""
    rng = np.random.default_rng(7)
    q = rng.integers(-127, 128, size=(3, 3, 3)).astype(np.int8)
    scale = np.array([0.5, 0.01, 3.0])
    got = dequantize_int8(q.copy(), scale.copy(), axis)
    if np.asarray(got).dtype != np.float64:
        raise AssertionError(f"dequantize_int8 should return float64, got {np.asarray(got).dtype}")
    shape = [1, 1, 1]
    shape[axis] = 3
    assert_close(got, q.astype(float) * scale.reshape(shape), rtol=1e-15, atol=0, name=f"dequantize_int8(q, scale, axis={axis})")


def test_integer_input():
    """Integer x works: [254, -127, 3] gives scale 2 and q [127, -64, 2]"""
    q, scale = run_q(np.array([254, -127, 3]))
    assert_close(scale, 2.0, rtol=1e-12, atol=0, name="scale")
    check_q(q, [127, -64, 2])


def test_inputs_unchanged():
    """quantize_int8 leaves x unchanged, dequantize_int8 leaves q and scale unchanged"""
    axis, x = CHANNELS["axis=0 of (5, 7)"]
    xc = x.copy()
    q, scale = quantize_int8(xc, axis)
    assert np.array_equal(xc, x), "quantize_int8 changed the caller's x"
    qc, sc = np.array(q, copy=True), np.array(scale, copy=True)
    dequantize_int8(qc, sc, axis)
    assert np.array_equal(qc, q), "dequantize_int8 changed the caller's q"
    assert np.array_equal(sc, scale), "dequantize_int8 changed the caller's scale"
