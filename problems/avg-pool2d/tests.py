import numpy as np
import pytest

from harness.testkit import as_array, assert_close, numerical_gradient
from solution import avg_pool2d, avg_pool2d_backward

RTOL, ATOL = 1e-6, 1e-9
# The forward outputs are means of values of size about 1: float32 inside is within these.
FWD_RTOL, FWD_ATOL = 1e-5, 1e-6

X = np.array([[1.0, 3.0, 2.0, 0.0],
              [4.0, 2.0, 1.0, 5.0],
              [0.0, 1.0, 3.0, 3.0],
              [2.0, 6.0, 3.0, 1.0]]).reshape(1, 1, 4, 4)


def out_size(size, k, s):
    return (size - k) // s + 1


def ref_forward(x, k, s):
    """Plain loops over every output entry and every entry of its window."""
    n, c, h, w = x.shape
    out = np.empty((n, c, out_size(h, k, s), out_size(w, k, s)))
    for a in range(n):
        for b in range(c):
            for i in range(out.shape[2]):
                for j in range(out.shape[3]):
                    out[a, b, i, j] = sum(float(x[a, b, i * s + u, j * s + v]) for u in range(k) for v in range(k)) / (k * k)
    return out


def ref_backward(dout, x_shape, k, s):
    """For every input entry, add dout / k^2 of every window that contains it."""
    n, c, h, w = x_shape
    dx = np.zeros(x_shape)
    for a in range(n):
        for b in range(c):
            for r in range(h):
                for q in range(w):
                    for i in range(dout.shape[2]):
                        for j in range(dout.shape[3]):
                            if i * s <= r < i * s + k and j * s <= q < j * s + k:
                                dx[a, b, r, q] += dout[a, b, i, j] / (k * k)
    return dx


def forward(x, k, s):
    shape = (x.shape[0], x.shape[1], out_size(x.shape[2], k, s), out_size(x.shape[3], k, s))
    return as_array(avg_pool2d(x.copy(), kernel=k, stride=s), f"avg_pool2d(x, kernel={k}, stride={s})", shape=shape)


def backward(dout, x_shape, k, s):
    return as_array(avg_pool2d_backward(dout.copy(), tuple(x_shape), kernel=k, stride=s),
                    f"avg_pool2d_backward(dout, {tuple(x_shape)}, kernel={k}, stride={s})", shape=tuple(x_shape))


CONFIGS = {
    "x (2, 3, 6, 6), kernel 2, stride 2": ((2, 3, 6, 6), 2, 2),
    "x (1, 2, 7, 5), kernel 2, stride 2 (a row and column left over)": ((1, 2, 7, 5), 2, 2),
    "x (2, 1, 6, 7), kernel 3, stride 1 (overlapping)": ((2, 1, 6, 7), 3, 1),
    "x (1, 2, 7, 7), kernel 3, stride 2 (overlapping)": ((1, 2, 7, 7), 3, 2),
    "x (1, 1, 8, 7), kernel 2, stride 3 (gaps)": ((1, 1, 8, 7), 2, 3),
    "x (1, 2, 5, 6), kernel 4, stride 1": ((1, 2, 5, 6), 4, 1),
}


def random_x(shape, seed):
    return np.random.default_rng(seed).normal(size=shape) * 2 + 0.5


# ---------- forward ----------


def test_forward_worked_example():
    """Forward pass of the worked example: [[2.5, 2], [2.25, 2.5]]"""
    assert_close(forward(X, 2, 2), [[[[2.5, 2.0], [2.25, 2.5]]]], rtol=RTOL, atol=ATOL, name="avg_pool2d(x)")


def test_forward_overlapping_example():
    """Forward pass with kernel 3, stride 1 on the worked example: [[17, 20], [22, 25]] / 9"""
    want = np.array([[[[17.0, 20.0], [22.0, 25.0]]]]) / 9
    assert_close(forward(X, 3, 1), want, rtol=RTOL, atol=ATOL, name="avg_pool2d(x, 3, 1)")


@pytest.mark.parametrize("config", CONFIGS)
def test_forward_matches_loops(config):
    """Forward pass matches a loop over every window ({config})"""
    shape, k, s = CONFIGS[config]
    x = random_x(shape, 1)
    assert_close(forward(x, k, s), ref_forward(x, k, s), rtol=FWD_RTOL, atol=FWD_ATOL, name=f"avg_pool2d(x, {k}, {s})")


def test_forward_global_pool():
    """kernel = H = W gives the mean of each channel, shape (N, C, 1, 1)"""
    x = random_x((2, 3, 5, 5), 3)
    assert_close(forward(x, 5, 1), x.mean(axis=(2, 3), keepdims=True), rtol=FWD_RTOL, atol=FWD_ATOL, name="avg_pool2d(x, 5, 1)")


def test_forward_kernel_one_is_subsampling():
    """kernel 1: stride 1 returns x itself (a copy), stride 2 keeps every other row and column"""
    x = random_x((1, 2, 5, 4), 4)
    got = avg_pool2d(x, kernel=1, stride=1)
    if isinstance(got, np.ndarray) and np.shares_memory(got, x):
        raise AssertionError("avg_pool2d(x, 1, 1) returned x itself (or a view of it), expected a new array")
    assert_close(forward(x, 1, 1), x, rtol=RTOL, atol=ATOL, name="avg_pool2d(x, 1, 1)")
    assert_close(forward(x, 1, 2), x[:, :, ::2, ::2], rtol=RTOL, atol=ATOL, name="avg_pool2d(x, 1, 2)")


# ---------- backward ----------


def test_backward_worked_example():
    """Backward of the worked example: each 2 x 2 block gets a quarter of its gradient"""
    dout = np.array([[4.0, 8.0], [12.0, 16.0]]).reshape(1, 1, 2, 2)
    want = np.array([[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]], dtype=float).reshape(1, 1, 4, 4)
    assert_close(backward(dout, (1, 1, 4, 4), 2, 2), want, rtol=RTOL, atol=ATOL, name="dx")


def test_backward_overlapping_example():
    """Backward with kernel 3, stride 1 and dout = 9: each entry counts the windows it lies in"""
    want = np.array([[1, 2, 2, 1], [2, 4, 4, 2], [2, 4, 4, 2], [1, 2, 2, 1]], dtype=float).reshape(1, 1, 4, 4)
    assert_close(backward(np.full((1, 1, 2, 2), 9.0), (1, 1, 4, 4), 3, 1), want, rtol=RTOL, atol=ATOL, name="dx")


@pytest.mark.parametrize("config", CONFIGS)
def test_backward_finite_differences(config):
    """dx matches finite differences of sum(avg_pool2d(x) * dout) ({config})"""
    shape, k, s = CONFIGS[config]
    x = random_x(shape, 5)
    dout = np.random.default_rng(6).normal(size=ref_forward(x, k, s).shape)
    numeric = numerical_gradient(lambda v: float(np.sum(ref_forward(v, k, s) * dout)), x)
    assert_close(backward(dout, shape, k, s), numeric, rtol=1e-5, atol=1e-7, name="dx")


def test_backward_matches_loops_large_kernel():
    """dx matches a per-entry loop for kernel 5, stride 2 on a (2, 2, 9, 11) input"""
    dout = np.random.default_rng(7).normal(size=(2, 2, 3, 4))
    assert_close(backward(dout, (2, 2, 9, 11), 5, 2), ref_backward(dout, (2, 2, 9, 11), 5, 2), rtol=RTOL, atol=1e-9, name="dx")


def test_backward_kernel_one():
    """Backward with kernel 1: stride 1 gives dout itself, stride 2 puts dout at every other row and column"""
    dout = np.random.default_rng(10).normal(size=(1, 2, 3, 2))
    assert_close(backward(dout, (1, 2, 3, 2), 1, 1), dout, rtol=RTOL, atol=ATOL, name="dx for kernel 1, stride 1")
    want = np.zeros((1, 2, 6, 4))
    want[:, :, ::2, ::2] = dout
    assert_close(backward(dout, (1, 2, 6, 4), 1, 2), want, rtol=RTOL, atol=ATOL, name="dx for kernel 1, stride 2")


def test_backward_preserves_total_gradient():
    """Each window hands out exactly its gradient: dx sums to dout's sum (kernel 3, stride 2)"""
    dout = np.random.default_rng(8).normal(size=(2, 3, 3, 3)) + 1.0
    got = backward(dout, (2, 3, 7, 8), 3, 2)
    assert abs(got.sum() - dout.sum()) <= 1e-6 * np.abs(dout).sum(), (
        f"dx sums to {got.sum():.6g}, dout sums to {dout.sum():.6g}; they should be equal"
    )


def test_backward_uncovered_entries_get_zero():
    """Rows and columns between or after the windows get a zero gradient"""
    dout = np.random.default_rng(9).normal(size=(1, 2, 3, 2)) + 3.0
    got = backward(dout, (1, 2, 8, 7), 2, 3)
    mask = np.zeros((1, 2, 8, 7), dtype=bool)
    for i in range(3):
        for j in range(2):
            mask[:, :, 3 * i:3 * i + 2, 3 * j:3 * j + 2] = True
    assert np.all(got[~mask] == 0), "dx is nonzero at entries that no 2 x 2 window (stride 3) covers"
    assert_close(got, ref_backward(dout, (1, 2, 8, 7), 2, 3), rtol=RTOL, atol=ATOL, name="dx")


@pytest.mark.parametrize("which", ["x", "dout"])
def test_does_not_modify_inputs(which):
    """Forward and backward leave {which} unchanged"""
    x = random_x((2, 2, 4, 4), 11)
    dout = np.random.default_rng(12).normal(size=(2, 2, 2, 2))
    before = {"x": x.copy(), "dout": dout.copy()}
    avg_pool2d(x, 2, 2)
    avg_pool2d_backward(dout, x.shape, 2, 2)
    now = {"x": x, "dout": dout}[which]
    assert np.array_equal(now, before[which]), f"avg_pool2d or avg_pool2d_backward changed the caller's {which}"
