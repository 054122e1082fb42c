import numpy as np
import pytest

from harness.testkit import as_array, assert_close, numerical_gradient
from solution import conv2d_backward

RTOL = 1e-6

X1 = np.arange(9.0).reshape(1, 1, 3, 3)
W1 = np.array([[1.0, 2.0], [0.0, -1.0]]).reshape(1, 1, 2, 2)


def ref_conv(x, w, b, stride=1, padding=0):
    """The conv2d forward pass written as direct loops over every output entry and every product."""
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    xp = np.zeros((n, c_in, h + 2 * padding, wd + 2 * padding))
    xp[:, :, padding:padding + h, padding:padding + wd] = x
    h_out, w_out = (h + 2 * padding - kh) // stride + 1, (wd + 2 * padding - kw) // stride + 1
    out = np.zeros((n, c_out, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, :, i, j] = (window[:, None] * w[None]).sum(axis=(2, 3, 4)) + b
    return out


def out_shape(x, w, stride, padding):
    n, _, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    return (n, c_out, (h + 2 * padding - kh) // stride + 1, (wd + 2 * padding - kw) // stride + 1)


def run(dout, x, w, stride=1, padding=0, check=("dx", "dw", "db")):
    got = conv2d_backward(dout.copy(), x.copy(), w.copy(), stride=stride, padding=padding)
    if got is None:
        raise AssertionError("conv2d_backward returned None, expected the tuple (dx, dw, db)")
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"conv2d_backward should return the three gradients (dx, dw, db), got {what}")
    shapes = {"dx": x.shape, "dw": w.shape, "db": (w.shape[0],)}
    return tuple(as_array(v, k, shape=shapes[k]) if k in check else None for k, v in zip(("dx", "dw", "db"), got))


def numeric(dout, x, w, b, stride, padding):
    """Finite-difference gradients of sum(conv2d(x, w, b) * dout) with respect to x, w and b."""
    return (
        numerical_gradient(lambda v: float(np.sum(ref_conv(v, w, b, stride, padding) * dout)), x),
        numerical_gradient(lambda v: float(np.sum(ref_conv(x, v, b, stride, padding) * dout)), w),
        numerical_gradient(lambda v: float(np.sum(ref_conv(x, w, v, stride, padding) * dout)), b),
    )


def make(n, c_in, c_out, h, wd, kh, kw, stride, padding, seed):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, c_in, h, wd))
    w = rng.normal(size=(c_out, c_in, kh, kw))
    b = rng.normal(size=c_out)
    dout = rng.normal(size=out_shape(x, w, stride, padding))
    return dout, x, w, b


# (N, C_in, C_out, H, W, KH, KW), stride, padding
CONFIGS = {
    "6x5 input, 3x2 kernel": ((2, 2, 3, 6, 5, 3, 2), 1, 0),
    "5x5 input, 3x3 kernel, padding 1": ((2, 2, 2, 5, 5, 3, 3), 1, 1),
    "7x6 input, 3x3 kernel, stride 2, padding 1": ((1, 2, 2, 7, 6, 3, 3), 2, 1),
    "7x6 input, 2x2 kernel, stride 2 (a row left over)": ((2, 1, 3, 7, 6, 2, 2), 2, 0),
    "7x5 input, 2x3 kernel, stride 3, padding 2": ((1, 2, 2, 7, 5, 2, 3), 3, 2),
    "4x4 input, 1x1 kernel": ((2, 3, 2, 4, 4, 1, 1), 1, 0),
}
_CACHE = {}


def case(name):
    """Inputs and finite-difference gradients of a configuration, computed once."""
    if name not in _CACHE:
        dims, stride, padding = CONFIGS[name]
        dout, x, w, b = make(*dims, stride, padding, seed=len(_CACHE) + 1)
        _CACHE[name] = (dout, x, w, stride, padding, numeric(dout, x, w, b, stride, padding))
    return _CACHE[name]


def test_worked_example():
    """Worked example: dout of ones gives dx [[1, 3, 2], [1, 2, 1], [0, -1, -1]], dw [[8, 12], [20, 24]], db [4]"""
    dx, dw, db = run(np.ones((1, 1, 2, 2)), X1, W1)
    assert_close(dx, [[[[1.0, 3.0, 2.0], [1.0, 2.0, 1.0], [0.0, -1.0, -1.0]]]], rtol=RTOL, atol=1e-9, name="dx")
    assert_close(dw, [[[[8.0, 12.0], [20.0, 24.0]]]], rtol=RTOL, atol=1e-9, name="dw")
    assert_close(db, [4.0], rtol=RTOL, atol=1e-9, name="db")


def test_worked_example_stride_padding():
    """Worked example with stride 2 and padding 1: dx [[-1, 0, -2], [6, 4, 8], [-3, 0, -4]], dw [[16, 29], [30, 54]]"""
    dout = np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(1, 1, 2, 2)
    dx, dw, db = run(dout, X1, W1, stride=2, padding=1)
    assert_close(dx, [[[[-1.0, 0.0, -2.0], [6.0, 4.0, 8.0], [-3.0, 0.0, -4.0]]]], rtol=RTOL, atol=1e-9, name="dx")
    assert_close(dw, [[[[16.0, 29.0], [30.0, 54.0]]]], rtol=RTOL, atol=1e-9, name="dw")
    assert_close(db, [10.0], rtol=RTOL, atol=1e-9, name="db")


@pytest.mark.parametrize("config", CONFIGS)
def test_dx_finite_differences(config):
    """dx matches finite differences ({config})"""
    dout, x, w, stride, padding, (ndx, _, _) = case(config)
    dx, _, _ = run(dout, x, w, stride, padding, check=("dx",))
    assert_close(dx, ndx, rtol=1e-5, atol=1e-6, name="dx")


@pytest.mark.parametrize("config", CONFIGS)
def test_dw_finite_differences(config):
    """dw matches finite differences ({config})"""
    dout, x, w, stride, padding, (_, ndw, _) = case(config)
    _, dw, _ = run(dout, x, w, stride, padding, check=("dw",))
    assert_close(dw, ndw, rtol=1e-5, atol=1e-6, name="dw")


def test_db_sums_over_batch_and_positions():
    """db[o] is the sum of dout[:, o] over the batch and every position"""
    dout, x, w, stride, padding, (_, _, ndb) = case("7x6 input, 2x2 kernel, stride 2 (a row left over)")
    _, _, db = run(dout, x, w, stride, padding, check=("db",))
    assert_close(db, ndb, rtol=1e-5, atol=1e-6, name="db")
    assert_close(db, [sum(float(v) for v in dout[:, o].ravel()) for o in range(dout.shape[1])], rtol=1e-6, atol=1e-9, name="db")


def test_uncovered_rows_get_zero():
    """Rows and columns no window reads (stride 3 leaves some out) get dx = 0"""
    rng = np.random.default_rng(20)
    x, w = rng.normal(size=(1, 2, 8, 8)), rng.normal(size=(2, 2, 2, 2))
    dout = rng.normal(size=out_shape(x, w, 3, 0))  # windows read rows/columns 0-1, 3-4, 6-7
    dx, _, _ = run(dout, x, w, stride=3, check=("dx",))
    assert np.all(dx[:, :, [2, 5], :] == 0) and np.all(dx[:, :, :, [2, 5]] == 0), (
        "dx is nonzero in rows or columns 2 and 5, which no 2x2 window at stride 3 reads"
    )


def test_linear_in_dout():
    """The gradients are linear in dout: doubling dout doubles dx, dw and db"""
    dout, x, w, stride, padding, _ = case("5x5 input, 3x3 kernel, padding 1")
    once = run(dout, x, w, stride, padding)
    twice = run(2 * dout, x, w, stride, padding)
    for name, a, b2 in zip(("dx", "dw", "db"), once, twice):
        assert_close(b2, 2 * a, rtol=1e-6, atol=1e-9, name=f"{name} for 2 * dout")


@pytest.mark.parametrize("which", ["dout", "x", "w"])
def test_does_not_modify_inputs(which):
    """Leaves {which} unchanged"""
    dout, x, w, _ = make(2, 2, 2, 5, 5, 3, 3, 1, 1, seed=30)
    args = {"dout": dout, "x": x, "w": w}
    before = {k: v.copy() for k, v in args.items()}
    conv2d_backward(dout, x, w, stride=1, padding=1)
    assert np.array_equal(args[which], before[which]), f"conv2d_backward changed the caller's {which}"
