import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import conv2d

RTOL, ATOL = 1e-6, 1e-9

X1 = np.arange(9.0).reshape(1, 1, 3, 3)
W1 = np.array([[1.0, 2.0], [0.0, -1.0]]).reshape(1, 1, 2, 2)
B1 = np.array([0.5])


def ref_conv(x, w, b, stride=1, padding=0, flip=False):
    """Direct loops over every output entry (flip=True gives a true convolution)."""
    if flip:
        w = w[:, :, ::-1, ::-1]
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    xp = np.zeros((n, c_in, h + 2 * padding, wd + 2 * padding))
    xp[:, :, padding:padding + h, padding:padding + wd] = x
    h_out, w_out = (h + 2 * padding - kh) // stride + 1, (wd + 2 * padding - kw) // stride + 1
    out = np.zeros((n, c_out, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, :, i, j] = (window[:, None] * w[None]).sum(axis=(2, 3, 4))
    return out + b.reshape(1, -1, 1, 1)


def make(n, c_in, c_out, h, wd, kh, kw, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, c_in, h, wd)), rng.normal(size=(c_out, c_in, kh, kw)), rng.normal(size=c_out)


# (N, C_in, C_out, H, W, KH, KW), stride, padding
CONFIGS = {
    "7x6 input, 3x2 kernel": ((2, 3, 4, 7, 6, 3, 2), 1, 0),
    "7x6 input, 3x3 kernel, padding 1": ((2, 3, 4, 7, 6, 3, 3), 1, 1),
    "7x7 input, 3x3 kernel, stride 2, padding 1": ((2, 3, 2, 7, 7, 3, 3), 2, 1),
    "7x6 input, 2x2 kernel, stride 2": ((1, 2, 3, 7, 6, 2, 2), 2, 0),
    "8x5 input, 2x3 kernel, stride 3, padding 2": ((2, 2, 3, 8, 5, 2, 3), 3, 2),
    "5x5 input, 5x5 kernel, padding 2": ((1, 3, 2, 5, 5, 5, 5), 1, 2),
    "6x6 input, 3 -> 3 channels, 3x3 kernel": ((2, 3, 3, 6, 6, 3, 3), 1, 0),
}


def run(x, w, b, stride=1, padding=0):
    got = as_array(conv2d(x.copy(), w.copy(), b.copy(), stride=stride, padding=padding), "conv2d(x, w, b)")
    n, _, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    want = (n, c_out, (h + 2 * padding - kh) // stride + 1, (wd + 2 * padding - kw) // stride + 1)
    if got.shape != want:
        channels = ""
        if got.ndim == 4 and got.shape[1] == w.shape[1] != w.shape[0]:
            channels = f"; its axis 1 has C_in = w.shape[1] = {w.shape[1]} entries, not C_out = w.shape[0] = {w.shape[0]}"
        raise AssertionError(
            f"the output has shape {got.shape}, expected (N, C_out, H_out, W_out) = {want} for H, W = {h}, {wd}, "
            f"kernel {kh}x{kw}, stride {stride}, padding {padding}: H_out = (H + 2*padding - KH) // stride + 1 "
            f"and likewise W_out{channels}"
        )
    return got


@pytest.mark.parametrize("config", CONFIGS)
def test_matches_direct_sum(config):
    """Matches the direct sum ({config})"""
    dims, stride, padding = CONFIGS[config]
    x, w, b = make(*dims, seed=list(CONFIGS).index(config))
    got = run(x, w, b, stride, padding)
    assert_close(got, ref_conv(x, w, b, stride, padding), rtol=RTOL, atol=ATOL, name="conv2d(x, w, b)")


def test_worked_example():
    """Worked example: 3x3 image, 2x2 filter, no padding"""
    got = run(X1, W1, B1)
    assert_close(got, [[[[-1.5, 0.5], [4.5, 6.5]]]], rtol=RTOL, atol=ATOL, name="conv2d(x, w, b)")


def test_worked_example_stride_padding():
    """Worked example with stride 2 and padding 1"""
    got = run(X1, W1, B1, stride=2, padding=1)
    assert_close(got, [[[[0.5, -1.5], [0.5, 6.5]]]], rtol=RTOL, atol=ATOL, name="conv2d(x, w, b, stride=2, padding=1)")


def test_cross_correlation_not_convolution():
    """The kernel is not flipped (cross-correlation)"""
    x = np.zeros((1, 1, 3, 3))
    x[0, 0, 0, 0] = 1.0  # a single bright pixel at the top-left corner
    w = np.arange(1.0, 5.0).reshape(1, 1, 2, 2)  # [[1, 2], [3, 4]]
    got = run(x, w, np.zeros(1))
    if np.allclose(got, [[[[4.0, 0.0], [0.0, 0.0]]]]):
        raise AssertionError(
            "with one pixel 1 at the top-left and w = [[1, 2], [3, 4]] the output is [[4, 0], [0, 0]]: the pixel met "
            "w[1, 1], as in a flipped kernel (true convolution). Libraries compute a cross-correlation; the first "
            "output is x[0, 0] * w[0, 0] = 1"
        )
    assert_close(got, [[[[1.0, 0.0], [0.0, 0.0]]]], rtol=RTOL, atol=ATOL, name="conv2d of a single pixel")


def test_padding_on_both_sides():
    """padding adds zeros on all four sides: a 1x1 image, 3x3 kernel, padding 1"""
    x = np.array([[[[2.0]]]])
    w = np.arange(9.0).reshape(1, 1, 3, 3)
    got = run(x, w, np.zeros(1), padding=1)
    assert_close(got, [[[[8.0]]]], rtol=RTOL, atol=ATOL, name="conv2d(2, w, padding=1)")


def test_same_padding_identity():
    """A centred delta kernel with padding 1 returns the input ('same' padding)"""
    x = np.random.default_rng(3).normal(size=(2, 3, 5, 4))
    w = np.zeros((3, 3, 3, 3))
    for c in range(3):
        w[c, c, 1, 1] = 1.0
    got = run(x, w, np.zeros(3), padding=1)
    assert_close(got, x, rtol=RTOL, atol=ATOL, name="conv2d with an identity kernel")


def test_bias_per_output_channel():
    """The bias is added per output channel (N = C_out = H_out = W_out = 3)"""
    x = np.zeros((3, 2, 4, 4))
    w = np.random.default_rng(4).normal(size=(3, 2, 2, 2))
    b = np.array([1.0, -2.0, 5.0])
    got = run(x, w, b)
    want = np.broadcast_to(b.reshape(1, 3, 1, 1), (3, 3, 3, 3))
    if np.allclose(got, np.broadcast_to(b, (3, 3, 3, 3))):
        raise AssertionError(
            "for a zero input out[n, o, i, j] is b[j]: b lies along the last axis (as out + b gives); it belongs to "
            "axis 1, the output channel: out + b[:, None, None]"
        )
    if np.allclose(got, np.broadcast_to(b.reshape(3, 1, 1, 1), (3, 3, 3, 3))):
        raise AssertionError(
            "for a zero input out[n, o, i, j] is b[n]: b lies along the batch axis 0; it belongs to axis 1, the "
            "output channel: out + b[:, None, None]"
        )
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="conv2d of a zero input (only the bias remains)")


def test_one_by_one_is_a_linear_layer():
    """A 1x1 convolution is a linear layer applied to every pixel's channels"""
    rng = np.random.default_rng(5)
    x, w, b = rng.normal(size=(2, 4, 3, 5)), rng.normal(size=(6, 4, 1, 1)), rng.normal(size=6)
    got = run(x, w, b)
    pixels = x.transpose(0, 2, 3, 1)  # (N, H, W, C_in)
    want = (pixels @ w[:, :, 0, 0].T + b).transpose(0, 3, 1, 2)
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="1x1 conv2d")


def test_stride_skips_positions():
    """stride 3 with a 2x2 kernel on a 7x7 image: windows start at rows and columns 0, 3"""
    x = np.arange(49.0).reshape(1, 1, 7, 7)
    w = np.ones((1, 1, 2, 2))
    got = run(x, w, np.zeros(1), stride=3)
    window_sums = [[0 + 1 + 7 + 8, 3 + 4 + 10 + 11], [21 + 22 + 28 + 29, 24 + 25 + 31 + 32]]
    assert_close(got, [[window_sums]], rtol=RTOL, atol=ATOL, name="conv2d(x, ones, stride=3)")


def test_does_not_modify_inputs():
    """Leaves x, w and b unchanged"""
    x, w, b = make(2, 3, 4, 6, 6, 3, 3, seed=9)
    xs, ws, bs = x.copy(), w.copy(), b.copy()
    conv2d(xs, ws, bs, stride=1, padding=1)
    assert np.array_equal(xs, x), "conv2d changed the caller's x"
    assert np.array_equal(ws, w), "conv2d changed the caller's w"
    assert np.array_equal(bs, b), "conv2d changed the caller's b"
