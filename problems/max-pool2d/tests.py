import numpy as np
import pytest

from harness.testkit import as_array, assert_close, numerical_gradient
from solution import max_pool2d, max_pool2d_backward

RTOL, ATOL = 1e-6, 1e-9

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
                    out[a, b, i, j] = max(float(x[a, b, i * s + u, j * s + v]) for u in range(k) for v in range(k))
    return out


def ref_backward(dout, x, k, s):
    """Scan each window row by row, keep the first strict maximum, add dout there."""
    n, c, h, w = x.shape
    dx = np.zeros(x.shape)
    for a in range(n):
        for b in range(c):
            for i in range(dout.shape[2]):
                for j in range(dout.shape[3]):
                    best = None
                    for u in range(k):
                        for v in range(k):
                            val = x[a, b, i * s + u, j * s + v]
                            if best is None or val > best[0]:
                                best = (val, i * s + u, j * s + v)
                    dx[a, b, best[1], best[2]] += dout[a, b, i, j]
    return dx


def forward(x, k, s):
    shape = (x.shape[0], x.shape[1], out_size(x.shape[2], k, s), out_size(x.shape[3], k, s))
    return as_array(max_pool2d(x.copy(), kernel=k, stride=s), f"max_pool2d(x, kernel={k}, stride={s})", shape=shape)


def backward(dout, x, k, s):
    return as_array(max_pool2d_backward(dout.copy(), x.copy(), kernel=k, stride=s),
                    f"max_pool2d_backward(dout, x, kernel={k}, stride={s})", shape=x.shape)


def distinct(shape, seed):
    """Random values with no ties (a random permutation, scaled and shifted to include negatives)."""
    rng = np.random.default_rng(seed)
    return (rng.permutation(int(np.prod(shape))).reshape(shape) - 20.5) * 0.37


CONFIGS = {
    "x (2, 3, 6, 6), kernel 2, stride 2": ((2, 3, 6, 6), 2, 2),
    "x (1, 2, 7, 5), kernel 2, stride 2 (a row and column left over)": ((1, 2, 7, 5), 2, 2),
    "x (2, 1, 6, 7), kernel 3, stride 1 (overlapping)": ((2, 1, 6, 7), 3, 1),
    "x (1, 2, 7, 7), kernel 3, stride 2 (overlapping)": ((1, 2, 7, 7), 3, 2),
    "x (1, 1, 8, 7), kernel 2, stride 3 (gaps)": ((1, 1, 8, 7), 2, 3),
    "x (1, 2, 5, 6), kernel 4, stride 1": ((1, 2, 5, 6), 4, 1),
}


# ---------- forward ----------


def test_forward_worked_example():
    """Forward pass of the worked example: [[4, 5], [6, 3]]"""
    assert_close(forward(X, 2, 2), [[[[4.0, 5.0], [6.0, 3.0]]]], rtol=RTOL, atol=ATOL, name="max_pool2d(x)")


def test_forward_overlapping_example():
    """Forward pass with kernel 3, stride 1 on the worked example: [[4, 5], [6, 6]]"""
    assert_close(forward(X, 3, 1), [[[[4.0, 5.0], [6.0, 6.0]]]], rtol=RTOL, atol=ATOL, name="max_pool2d(x, 3, 1)")


@pytest.mark.parametrize("config", CONFIGS)
def test_forward_matches_loops(config):
    """Forward pass matches a loop over every window ({config})"""
    shape, k, s = CONFIGS[config]
    x = distinct(shape, 1)
    assert_close(forward(x, k, s), ref_forward(x, k, s), rtol=RTOL, atol=ATOL, name=f"max_pool2d(x, {k}, {s})")


def test_forward_negative_values():
    """A window of negative numbers has a negative maximum"""
    x = -1.0 - np.abs(np.random.default_rng(2).normal(size=(2, 2, 4, 4)))
    assert_close(forward(x, 2, 2), ref_forward(x, 2, 2), rtol=RTOL, atol=ATOL, name="max_pool2d of negative values")


def test_forward_global_pool():
    """kernel = H = W gives one maximum per channel, shape (N, C, 1, 1)"""
    x = distinct((2, 3, 5, 5), 3)
    assert_close(forward(x, 5, 1), x.max(axis=(2, 3), keepdims=True), rtol=RTOL, atol=ATOL, name="max_pool2d(x, 5, 1)")


def test_forward_kernel_one_is_subsampling():
    """kernel 1: stride 1 returns x itself (a copy), stride 2 keeps every other row and column"""
    x = distinct((1, 2, 5, 4), 4)
    got = max_pool2d(x, kernel=1, stride=1)
    if isinstance(got, np.ndarray) and np.shares_memory(got, x):
        raise AssertionError("max_pool2d(x, 1, 1) returned x itself (or a view of it), expected a new array")
    assert_close(forward(x, 1, 1), x, rtol=RTOL, atol=ATOL, name="max_pool2d(x, 1, 1)")
    assert_close(forward(x, 1, 2), x[:, :, ::2, ::2], rtol=RTOL, atol=ATOL, name="max_pool2d(x, 1, 2)")


# ---------- backward ----------


def test_backward_worked_example():
    """Backward of the worked example; the tie in [[3, 3], [3, 1]] goes to the top-left 3"""
    dout = np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(1, 1, 2, 2)
    want = [[0, 0, 0, 0], [1, 0, 0, 2], [0, 0, 4, 0], [0, 3, 0, 0]]
    assert_close(backward(dout, X, 2, 2), np.array(want, dtype=float).reshape(1, 1, 4, 4), rtol=RTOL, atol=ATOL, name="dx")


def test_backward_overlapping_example():
    """Backward with kernel 3, stride 1: the 6 that wins two windows gets 1 + 1 = 2"""
    want = [[0, 0, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0], [0, 2, 0, 0]]
    assert_close(backward(np.ones((1, 1, 2, 2)), X, 3, 1), np.array(want, dtype=float).reshape(1, 1, 4, 4),
                 rtol=RTOL, atol=ATOL, name="dx")


@pytest.mark.parametrize("config", CONFIGS)
def test_backward_finite_differences(config):
    """dx matches finite differences of sum(max_pool2d(x) * dout) ({config})"""
    shape, k, s = CONFIGS[config]
    x = distinct(shape, 5)
    dout = np.random.default_rng(6).normal(size=ref_forward(x, k, s).shape)
    numeric = numerical_gradient(lambda v: float(np.sum(ref_forward(v, k, s) * dout)), x)
    assert_close(backward(dout, x, k, s), numeric, rtol=1e-5, atol=1e-6, name="dx")


@pytest.mark.parametrize("where", ["(0, 1) and (1, 0)", "one column", "a constant window"])
def test_backward_ties_go_to_first_in_row_major_order(where):
    """Tied maxima at {where} of a window: the gradient goes to the first one in row-major order"""
    x = np.zeros((1, 1, 4, 4))
    x[0, 0] = [[1.0, 2.0, 0.0, 0.0],
               [2.0, 0.5, 0.0, 0.0],
               [0.0, 0.0, 0.0, 0.0],
               [0.0, 0.0, 0.0, 0.0]]
    if where == "(0, 1) and (1, 0)":
        x[0, 0, 2:, 2:] = [[-1.0, 7.0], [7.0, 7.0]]  # top-left window: 2s at (0, 1) and (1, 0)
    elif where == "one column":
        x[0, 0, :2, 2:] = [[0.0, 4.0], [1.0, 4.0]]
    else:
        x[0, 0, 2:, :2] = -3.0
    dout = np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(1, 1, 2, 2)
    assert_close(backward(dout, x, 2, 2), ref_backward(dout, x, 2, 2), rtol=RTOL, atol=ATOL, name="dx with tied maxima")


def test_backward_ties_with_overlap():
    """Overlapping windows over a constant region: each window's gradient goes to its own top-left entry"""
    x = np.full((1, 2, 5, 5), 2.0)
    x[0, 1] = np.random.default_rng(7).integers(0, 3, size=(5, 5))
    dout = np.random.default_rng(8).normal(size=(1, 2, 3, 3))
    assert_close(backward(dout, x, 3, 1), ref_backward(dout, x, 3, 1), rtol=RTOL, atol=1e-12, name="dx")


def test_backward_preserves_total_gradient():
    """Each window passes on exactly its own gradient once: dx sums to dout's sum (every entry tied)"""
    x = np.full((2, 1, 6, 6), -1.5)
    dout = np.random.default_rng(13).normal(size=(2, 1, 3, 3)) + 2.0
    got = backward(dout, x, 2, 2)
    assert abs(got.sum() - dout.sum()) <= 1e-6 * np.abs(dout).sum(), (
        f"dx sums to {got.sum():.6g}, dout sums to {dout.sum():.6g}; they should be equal"
    )


def test_backward_overlaps_accumulate():
    """An entry that wins several overlapping windows receives the sum of their gradients"""
    x = np.zeros((1, 1, 5, 5))
    x[0, 0, 2, 2] = 10.0  # the maximum of all nine 3 x 3 windows at stride 1
    dout = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    got = backward(dout, x, 3, 1)
    want = np.zeros((1, 1, 5, 5))
    want[0, 0, 2, 2] = 45.0
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="dx")


def test_backward_uncovered_entries_get_zero():
    """Rows and columns between or after the windows get a zero gradient"""
    x = distinct((1, 2, 8, 7), 9) + 100.0  # all positive, largest values spread everywhere
    dout = np.random.default_rng(10).normal(size=(1, 2, 3, 2))
    got = backward(dout, x, 2, 3)
    mask = np.zeros(x.shape, dtype=bool)
    for i in range(3):
        for j in range(2):
            mask[:, :, 3 * i:3 * i + 2, 3 * j:3 * j + 2] = True
    assert np.all(got[~mask] == 0), "dx is nonzero at entries that no 2 x 2 window (stride 3) covers"
    assert_close(got, ref_backward(dout, x, 2, 3), rtol=RTOL, atol=ATOL, name="dx")


@pytest.mark.parametrize("which", ["x", "dout"])
def test_does_not_modify_inputs(which):
    """Forward and backward leave {which} unchanged"""
    x = distinct((2, 2, 4, 4), 11)
    dout = np.random.default_rng(12).normal(size=(2, 2, 2, 2))
    before = {"x": x.copy(), "dout": dout.copy()}
    max_pool2d(x, 2, 2)
    max_pool2d_backward(dout, x, 2, 2)
    now = {"x": x, "dout": dout}[which]
    assert np.array_equal(now, before[which]), f"max_pool2d or max_pool2d_backward changed the caller's {which}"
