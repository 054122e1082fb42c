import numpy as np
import pytest

from harness.testkit import as_array, assert_close, numerical_gradient
from solution import linear_backward, linear_forward

RTOL, ATOL = 1e-5, 1e-6

X = np.array([[1.0, 2.0], [0.0, -1.0]])
W = np.array([[1.0, 0.0, 2.0], [-1.0, 3.0, 1.0]])
B = np.array([0.5, -1.0, 0.0])
DOUT = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])


def make(batch, d_in, d_out, seed):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(batch, d_in)), rng.normal(size=(d_in, d_out)),
            rng.normal(size=d_out), rng.normal(size=(batch, d_out)))


CASES = {
    "B=1, D_in=3, D_out=2": make(1, 3, 2, 0),
    "B=4, D_in=3, D_out=5": make(4, 3, 5, 1),
    "B=6, D_in=4, D_out=4 (square W)": make(6, 4, 4, 2),
}


def unpack(got):
    """The (dx, dW, db) triple, with a clear message if it is not one."""
    if got is None:
        raise AssertionError("linear_backward returned None: did it forget to `return dx, dW, db`?")
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"linear_backward should return the three gradients (dx, dW, db), got {what}")
    return got


def shaped(got, shape, name, hint=""):
    arr = as_array(got, name)
    if arr.shape != shape:
        raise AssertionError(f"{name} has shape {arr.shape}, expected {shape}" + (f": {hint}" if hint else ""))
    return arr


def grads(dout, x, W):
    dx, dW, db = unpack(linear_backward(dout.copy(), x.copy(), W.copy()))
    dx = shaped(dx, x.shape, "dx", "dx has the shape of x, (B, D_in), as dout @ W.T gives")
    dW = shaped(dW, W.shape, "dW", "dW has the shape of W, (D_in, D_out); x.T @ dout gives it, dout.T @ x is its transpose")
    db = shaped(db, (W.shape[1],), "db", "db has the shape of b, (D_out,): sum over the batch axis without keepdims")
    return dx, dW, db


# ---------- forward ----------


def test_forward_worked_example():
    """Forward pass of the worked example"""
    got = linear_forward(X.copy(), W.copy(), B.copy())
    assert_close(got, [[-0.5, 5.0, 4.0], [1.5, -4.0, -1.0]], rtol=RTOL, atol=ATOL, name="linear_forward(x, W, b)")


@pytest.mark.parametrize("case", CASES)
def test_forward_matches_reference(case):
    """Forward pass equals x @ W + b ({case})"""
    x, w, b, _ = CASES[case]
    got = as_array(linear_forward(x.copy(), w.copy(), b.copy()), "linear_forward(x, W, b)")
    if got.shape != (x.shape[0], w.shape[1]):
        raise AssertionError(f"the output has shape {got.shape}, expected (B, D_out) = {(x.shape[0], w.shape[1])}")
    if w.shape[0] == w.shape[1] and np.allclose(got, x @ w.T + b):
        raise AssertionError("the output equals x @ W.T + b: W has shape (D_in, D_out) here, so use x @ W (no transpose)")
    assert_close(got, x @ w + b, rtol=RTOL, atol=ATOL, name="linear_forward(x, W, b)")


def test_forward_adds_bias_to_every_row():
    """With x = 0 every output row equals the bias"""
    w = np.arange(6.0).reshape(2, 3)
    got = linear_forward(np.zeros((4, 2)), w, B.copy())
    assert_close(got, np.tile(B, (4, 1)), rtol=RTOL, atol=ATOL, name="linear_forward(zeros((4, 2)), W, b)")


# ---------- backward ----------


def test_backward_returns_three_gradients():
    """Backward returns the three gradients (dx, dW, db)"""
    unpack(linear_backward(DOUT.copy(), X.copy(), W.copy()))


def test_backward_worked_example():
    """Backward pass of the worked example"""
    dx, dW, db = grads(DOUT, X, W)
    assert_close(dx, [[1.0, -1.0], [2.0, 4.0]], rtol=RTOL, atol=ATOL, name="dx")
    assert_close(dW, [[1.0, 0.0, 0.0], [2.0, -1.0, -1.0]], rtol=RTOL, atol=ATOL, name="dW")
    assert_close(db, [1.0, 1.0, 1.0], rtol=RTOL, atol=ATOL, name="db")


@pytest.mark.parametrize("case", CASES)
def test_backward_shapes(case):
    """dx, dW, db have exactly the shapes of x, W, b ({case})"""
    x, w, _, dout = CASES[case]
    grads(dout, x, w)


@pytest.mark.parametrize("which", ["dx", "dW", "db"])
def test_backward_matches_finite_differences(which):
    """{which} matches finite differences of sum(out * dout)"""
    x, w, b, dout = CASES["B=4, D_in=3, D_out=5"]
    loss = {
        "dx": lambda v: float(np.sum((v @ w + b) * dout)),
        "dW": lambda v: float(np.sum((x @ v + b) * dout)),
        "db": lambda v: float(np.sum((x @ w + v) * dout)),
    }[which]
    point = {"dx": x, "dW": w, "db": b}[which]
    numeric = numerical_gradient(loss, point)
    got = dict(zip(["dx", "dW", "db"], grads(dout, x, w)))[which]
    assert_close(got, numeric, rtol=1e-4, atol=1e-5, name=which)


def test_db_sums_over_the_batch():
    """db is the sum of dout over the batch, not its mean"""
    x, w, _, dout = CASES["B=4, D_in=3, D_out=5"]
    _, _, db = grads(dout, x, w)
    if np.allclose(db, dout.mean(axis=0)):
        raise AssertionError(
            "db equals the mean of dout over the batch; it should be the sum: b is added to every row, "
            "so every row's gradient flows into it (any 1/B of a mean loss is already inside dout)"
        )
    assert_close(db, dout.sum(axis=0), rtol=RTOL, atol=ATOL, name="db")


def test_dW_sums_over_the_batch():
    """dW adds up every example's contribution (x.T @ dout, no division by B)"""
    x, w, _, dout = CASES["B=6, D_in=4, D_out=4 (square W)"]
    _, dW, _ = grads(dout, x, w)
    if np.allclose(dW, x.T @ dout / len(x)):
        raise AssertionError("dW equals x.T @ dout / B; the gradient of a shared weight is the sum over the batch, not the mean")
    if np.allclose(dW, dout.T @ x):
        raise AssertionError("dW equals dout.T @ x, the transpose of the right answer; use x.T @ dout")
    assert_close(dW, x.T @ dout, rtol=RTOL, atol=ATOL, name="dW")


def test_does_not_modify_inputs():
    """Forward and backward leave their inputs unchanged"""
    x, w, b, dout = CASES["B=4, D_in=3, D_out=5"]
    args = [a.copy() for a in (x, w, b)]
    linear_forward(*args)
    for name, before, after in zip(["x", "W", "b"], (x, w, b), args):
        assert np.array_equal(before, after), f"linear_forward changed the caller's {name}"
    args = [a.copy() for a in (dout, x, w)]
    linear_backward(*args)
    for name, before, after in zip(["dout", "x", "W"], (dout, x, w), args):
        assert np.array_equal(before, after), f"linear_backward changed the caller's {name}"
