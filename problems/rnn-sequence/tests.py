import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import rnn_backward, rnn_forward

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)
NAMES = ("dxs", "dh0", "dWx", "dWh", "db")

XS = np.array([[[1.0], [0.0], [-1.0]]])
H0, WX, WH, B0 = np.zeros((1, 1)), np.array([[1.0]]), np.array([[0.5]]), np.zeros(1)


def ref_forward(xs, h0, Wx, Wh, b):
    """The recurrence written out one example and one step at a time."""
    B, T, _ = xs.shape
    H = h0.shape[1]
    hs = np.empty((B, T, H))
    for i in range(B):
        h = h0[i]
        for t in range(T):
            h = np.tanh(xs[i, t] @ Wx + h @ Wh + b)
            hs[i, t] = h
    return hs


def make(B, T, D, H, seed, scale=0.6):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(B, T, D)), rng.normal(size=(B, H)), rng.normal(size=(D, H)) * scale,
            rng.normal(size=(H, H)) * scale, rng.normal(size=H) * scale, rng.normal(size=(B, T, H)))


CASES = {
    "B=1, T=1, D=2, H=3": (1, 1, 2, 3, 1),
    "B=2, T=4, D=3, H=2": (2, 4, 3, 2, 2),
    "B=3, T=5, D=2, H=4": (3, 5, 2, 4, 3),
    "B=2, T=3, D=4, H=4": (2, 3, 4, 4, 4),
}


def forward(xs, h0, Wx, Wh, b):
    got = rnn_forward(xs.copy(), h0.copy(), Wx.copy(), Wh.copy(), b.copy())
    return as_array(got, "rnn_forward(xs, h0, Wx, Wh, b)", shape=xs.shape[:2] + (h0.shape[1],))


def backward(dhs, xs, h0, Wx, Wh, b):
    got = rnn_backward(dhs.copy(), xs.copy(), h0.copy(), Wx.copy(), Wh.copy(), b.copy())
    if got is None:
        raise AssertionError("rnn_backward returned None: did it forget to `return dxs, dh0, dWx, dWh, db`?")
    if not isinstance(got, (tuple, list)) or len(got) != 5:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"rnn_backward should return the five gradients (dxs, dh0, dWx, dWh, db), got {what}")
    shapes = (xs.shape, h0.shape, Wx.shape, Wh.shape, b.shape)
    return [as_array(g, name, shape=s) for g, name, s in zip(got, NAMES, shapes)]


def numeric_grads(dhs, xs, h0, Wx, Wh, b):
    """Finite differences of L = sum(dhs * hs) with respect to each of the five inputs."""
    args = [xs, h0, Wx, Wh, b]
    grads = []
    for i in range(5):
        def loss(v, i=i):
            a = list(args)
            a[i] = v
            return float(np.sum(dhs * ref_forward(*a)))
        grads.append(numerical_gradient(loss, args[i]))
    return grads


def check_all(dhs, xs, h0, Wx, Wh, b, what=""):
    got = backward(dhs, xs, h0, Wx, Wh, b)
    for g, n, name in zip(got, numeric_grads(dhs, xs, h0, Wx, Wh, b), NAMES):
        assert_close(g, n, rtol=1e-5, atol=1e-6, name=name + what)
    return got


def test_worked_example_forward():
    """Worked example: inputs 1, 0, -1 give states 0.76159, 0.36340, -0.67414"""
    assert_close(forward(XS, H0, WX, WH, B0), [[[0.76159416], [0.36339948], [-0.67414368]]], **TOL,
                 name="rnn_forward on the worked example")


def test_worked_example_backward():
    """Worked example: a loss on the last state only gives dxs = [0.04971, 0.23674, 0.54553]"""
    got = backward(np.array([[[0.0], [0.0], [1.0]]]), XS, H0, WX, WH, B0)
    expected = [[[[0.0497132], [0.23674401], [0.5455303]]], [[0.0248566]], [[-0.4958171]], [[0.37854828]], [0.83198752]]
    for g, e, name in zip(got, expected, NAMES):
        assert_close(g, e, rtol=1e-5, atol=1e-7, name=f"{name} on the worked example")


@pytest.mark.parametrize("case", CASES)
def test_forward_matches_recurrence(case):
    """Forward: hs[:, t] = tanh(xs[:, t] Wx + hs[:, t-1] Wh + b), starting from h0 ({case})"""
    xs, h0, Wx, Wh, b, _ = make(*CASES[case])
    assert_close(forward(xs, h0, Wx, Wh, b), ref_forward(xs, h0, Wx, Wh, b), **TOL, name="hs")


def test_single_step_is_one_cell():
    """With T = 1, hs[:, 0] is one cell step tanh(x Wx + h0 Wh + b)"""
    xs, h0, Wx, Wh, b, _ = make(4, 1, 3, 2, 5)
    assert_close(forward(xs, h0, Wx, Wh, b)[:, 0], np.tanh(xs[:, 0] @ Wx + h0 @ Wh + b), **TOL, name="hs[:, 0]")


def test_forward_is_causal():
    """Changing the input at step 3 leaves the states before step 3 unchanged"""
    xs, h0, Wx, Wh, b, _ = make(2, 6, 3, 4, 6)
    before = forward(xs, h0, Wx, Wh, b)
    changed = xs.copy()
    changed[:, 3] += 5.0
    after = forward(changed, h0, Wx, Wh, b)
    assert_close(after[:, :3], before[:, :3], rtol=0, atol=1e-12, name="hs[:, :3] after changing xs[:, 3]")
    assert not np.allclose(after[:, 3:], before[:, 3:]), "hs[:, 3:] did not change when xs[:, 3] changed"


@pytest.mark.parametrize("name", NAMES)
def test_gradient_matches_finite_differences(name):
    """{name} matches a finite-difference gradient (B=2, T=4, D=3, H=3, a loss on every state)"""
    xs, h0, Wx, Wh, b, dhs = make(2, 4, 3, 3, 10)
    got = backward(dhs, xs, h0, Wx, Wh, b)
    i = NAMES.index(name)
    assert_close(got[i], numeric_grads(dhs, xs, h0, Wx, Wh, b)[i], rtol=1e-5, atol=1e-6, name=name)


@pytest.mark.parametrize("case", CASES)
def test_all_gradients_match_finite_differences(case):
    """All five gradients match finite differences ({case})"""
    xs, h0, Wx, Wh, b, dhs = make(*CASES[case])
    check_all(dhs, xs, h0, Wx, Wh, b)


def test_loss_on_last_state_only():
    """A loss on the last state only (dhs zero before it): gradients still reach every step"""
    xs, h0, Wx, Wh, b, dhs = make(2, 5, 2, 3, 11)
    dhs[:, :-1] = 0.0
    got = check_all(dhs, xs, h0, Wx, Wh, b, what=" for a loss on the last state")
    assert np.all(np.abs(got[0][:, 0]) > 0), "dxs[:, 0] is 0: the gradient from the last state never reached step 0"


def test_loss_on_first_state_only():
    """A loss on the first state only: later inputs get exactly zero gradient"""
    xs, h0, Wx, Wh, b, dhs = make(2, 5, 2, 3, 12)
    dhs[:, 1:] = 0.0
    got = check_all(dhs, xs, h0, Wx, Wh, b, what=" for a loss on the first state")
    assert_close(got[0][:, 1:], np.zeros((2, 4, 2)), rtol=0, atol=1e-12, name="dxs[:, 1:] for a loss on hs[:, 0] only")


def test_examples_are_independent():
    """Each example of the batch runs on its own: the batch equals the examples one by one"""
    xs, h0, Wx, Wh, b, dhs = make(3, 4, 2, 3, 13)
    whole = forward(xs, h0, Wx, Wh, b)
    grads = backward(dhs, xs, h0, Wx, Wh, b)
    parts = [backward(dhs[i:i + 1], xs[i:i + 1], h0[i:i + 1], Wx, Wh, b) for i in range(3)]
    for i in range(3):
        assert_close(whole[i:i + 1], forward(xs[i:i + 1], h0[i:i + 1], Wx, Wh, b), **TOL, name=f"hs of example {i}")
    for k in (0, 1):
        assert_close(grads[k], np.concatenate([p[k] for p in parts]), **TOL, name=NAMES[k])
    for k in (2, 3, 4):
        assert_close(grads[k], sum(p[k] for p in parts), **TOL, name=f"{NAMES[k]} (the sum over the examples)")


def test_long_sequence():
    """A sequence of 300 steps: finite states and gradients, equal to the step-by-step reference"""
    xs, h0, Wx, Wh, b, dhs = make(2, 300, 3, 4, 14)
    hs = forward(xs, h0, Wx, Wh, b)
    assert_finite(hs, "hs")
    assert_close(hs, ref_forward(xs, h0, Wx, Wh, b), **TOL, name="hs over 300 steps")
    got = backward(dhs, xs, h0, Wx, Wh, b)
    for g, name in zip(got, NAMES):
        assert_finite(g, name)
    # Last few steps: d(sum dhs * hs)/dx for x late in the sequence, by finite differences on a short tail.
    tail = 3
    h_start = hs[:, -tail - 1]
    numeric = numeric_grads(dhs[:, -tail:], xs[:, -tail:], h_start, Wx, Wh, b)[0]
    assert_close(got[0][:, -tail:], numeric, rtol=1e-5, atol=1e-6, name="dxs over the last 3 of 300 steps")


def test_forward_does_not_modify_inputs():
    """rnn_forward leaves xs, h0, Wx, Wh and b unchanged"""
    args = make(2, 3, 3, 3, 15)[:5]
    before = [a.copy() for a in args]
    rnn_forward(*args)
    for a, bf, name in zip(args, before, ("xs", "h0", "Wx", "Wh", "b")):
        assert np.array_equal(a, bf), f"rnn_forward changed its input {name} in place: it was\n{bf}\nand is now\n{a}"


def test_backward_does_not_modify_inputs():
    """rnn_backward leaves dhs, xs, h0, Wx, Wh and b unchanged"""
    xs, h0, Wx, Wh, b, dhs = make(2, 3, 3, 3, 16)
    args = (dhs, xs, h0, Wx, Wh, b)
    before = [a.copy() for a in args]
    rnn_backward(*args)
    for a, bf, name in zip(args, before, ("dhs", "xs", "h0", "Wx", "Wh", "b")):
        assert np.array_equal(a, bf), f"rnn_backward changed its input {name} in place: it was\n{bf}\nand is now\n{a}"
