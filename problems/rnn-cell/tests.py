import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import rnn_step, rnn_step_backward

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)
NAMES = ("dx", "dh_prev", "dWx", "dWh", "db")

X = np.array([[1.0, 2.0]])
H0 = np.array([[0.5, -0.5]])
WX = np.array([[0.1, 0.2], [0.3, -0.1]])
WH = np.array([[0.2, 0.0], [0.4, 0.6]])
B0 = np.array([0.0, 0.3])


def ref_forward(x, h_prev, Wx, Wh, b):
    """One loop per output entry: h[i, j] = tanh(sum_k x[i, k] Wx[k, j] + sum_k h[i, k] Wh[k, j] + b[j])."""
    B, H = h_prev.shape
    out = np.empty((B, H))
    for i in range(B):
        for j in range(H):
            a = b[j] + sum(x[i, k] * Wx[k, j] for k in range(x.shape[1]))
            a += sum(h_prev[i, k] * Wh[k, j] for k in range(H))
            out[i, j] = np.tanh(a)
    return out


def make(B, D, H, seed, scale=0.5):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(B, D)), rng.normal(size=(B, H)), rng.normal(size=(D, H)) * scale,
            rng.normal(size=(H, H)) * scale, rng.normal(size=H) * scale, rng.normal(size=(B, H)))


CASES = {
    "B=1, D=2, H=2": (1, 2, 2, 1),
    "B=4, D=3, H=5": (4, 3, 5, 2),
    "B=3, D=6, H=2": (3, 6, 2, 3),
    "B=5, D=4, H=4": (5, 4, 4, 4),
}


def forward(*args):
    got = rnn_step(*(a.copy() for a in args))
    return as_array(got, "rnn_step(x, h_prev, Wx, Wh, b)", shape=args[1].shape)


def backward(dh, x, h_prev, Wx, Wh, b):
    got = rnn_step_backward(dh.copy(), x.copy(), h_prev.copy(), Wx.copy(), Wh.copy(), b.copy())
    if got is None:
        raise AssertionError("rnn_step_backward returned None: did it forget to `return dx, dh_prev, dWx, dWh, db`?")
    if not isinstance(got, (tuple, list)) or len(got) != 5:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"rnn_step_backward should return the five gradients (dx, dh_prev, dWx, dWh, db), got {what}")
    shapes = (x.shape, h_prev.shape, Wx.shape, Wh.shape, b.shape)
    return [as_array(g, name, shape=s) for g, name, s in zip(got, NAMES, shapes)]


def numeric_grads(dh, x, h_prev, Wx, Wh, b):
    """Finite differences of L = sum(dh * h) with respect to each of the five inputs."""
    args = [x, h_prev, Wx, Wh, b]
    grads = []
    for i in range(5):
        def loss(v, i=i):
            a = list(args)
            a[i] = v
            return float(np.sum(dh * np.tanh(a[0] @ a[2] + a[1] @ a[3] + a[4])))
        grads.append(numerical_gradient(loss, args[i]))
    return grads


def test_worked_example_forward():
    """Worked example: rnn_step gives [[tanh(0.6), 0]] = [[0.53705, 0]]"""
    got = forward(X, H0, WX, WH, B0)
    assert_close(got, [[np.tanh(0.6), 0.0]], **TOL, name="rnn_step on the worked example")


def test_worked_example_backward():
    """Worked example: the five gradients for dh = [[1, 1]]"""
    got = backward(np.ones((1, 2)), X, H0, WX, WH, B0)
    s = 1 - np.tanh(0.6) ** 2  # 0.71157776
    expected = [
        [[0.1 * s + 0.2, 0.3 * s - 0.1]],
        [[0.2 * s, 0.4 * s + 0.6]],
        [[s, 1.0], [2 * s, 2.0]],
        [[0.5 * s, 0.5], [-0.5 * s, -0.5]],
        [s, 1.0],
    ]
    for g, e, name in zip(got, expected, NAMES):
        assert_close(g, e, **TOL, name=f"{name} on the worked example")


@pytest.mark.parametrize("case", CASES)
def test_forward_matches_definition(case):
    """Forward equals tanh(x Wx + h_prev Wh + b) ({case})"""
    x, h, Wx, Wh, b, _ = make(*CASES[case])
    assert_close(forward(x, h, Wx, Wh, b), ref_forward(x, h, Wx, Wh, b), **TOL, name="rnn_step(x, h_prev, Wx, Wh, b)")


@pytest.mark.parametrize("name", NAMES)
def test_gradient_matches_finite_differences(name):
    """{name} matches a finite-difference gradient (B=3, D=4, H=5)"""
    x, h, Wx, Wh, b, dh = make(3, 4, 5, 10)
    got = backward(dh, x, h, Wx, Wh, b)
    i = NAMES.index(name)
    numeric = numeric_grads(dh, x, h, Wx, Wh, b)[i]
    assert_close(got[i], numeric, rtol=1e-5, atol=1e-6, name=name)


@pytest.mark.parametrize("case", CASES)
def test_all_gradients_match_finite_differences(case):
    """All five gradients match finite differences ({case})"""
    x, h, Wx, Wh, b, dh = make(*CASES[case])
    got = backward(dh, x, h, Wx, Wh, b)
    for g, n, name in zip(got, numeric_grads(dh, x, h, Wx, Wh, b), NAMES):
        assert_close(g, n, rtol=1e-5, atol=1e-6, name=name)


PRE_ACTIVATIONS = {
    "between -1 and 0": np.array([-0.9, -0.5, -0.1]),
    "between 1 and 3": np.array([1.5, 2.0, 2.5]),
}


@pytest.mark.parametrize("case", PRE_ACTIVATIONS)
def test_tanh_derivative_bounds(case):
    """Through tanh, db keeps the sign of dh and does not grow (0 < db / dh <= 1), pre-activations {case}"""
    a = PRE_ACTIVATIONS[case]
    x, h = np.ones((1, 1)), np.zeros((1, 3))
    Wx, Wh, b = a.reshape(1, 3), np.zeros((3, 3)), np.zeros(3)
    dh = np.array([[1.0, -2.0, 0.5]])
    db = backward(dh, x, h, Wx, Wh, b)[4]
    ratio = db / dh[0]
    ok = bool(np.all((ratio > 0) & (ratio <= 1 + 1e-6)))
    assert ok, (f"for pre-activations a = {a} and dh = {dh[0]}, db = {db}: db / dh = {ratio}, "
                "but tanh'(a) = 1 - tanh(a)**2 lies in (0, 1] for every a")


def test_parameter_gradients_sum_over_batch():
    """dWx, dWh and db of a batch are the sums of the per-example gradients"""
    x, h, Wx, Wh, b, dh = make(4, 3, 2, 20)
    whole = backward(dh, x, h, Wx, Wh, b)
    parts = [backward(dh[i:i + 1], x[i:i + 1], h[i:i + 1], Wx, Wh, b) for i in range(4)]
    for k in (2, 3, 4):
        assert_close(whole[k], sum(p[k] for p in parts), **TOL, name=f"{NAMES[k]} of the batch of 4")
    for k in (0, 1):
        assert_close(whole[k], np.concatenate([p[k] for p in parts]), **TOL, name=f"{NAMES[k]} of the batch of 4")


def test_saturated_units():
    """Saturated units (pre-activations near +-500): h = +-1, finite, and no gradient through them"""
    x = np.array([[100.0, -200.0], [-150.0, 50.0]])
    h = np.array([[1.0, -1.0, 0.5], [0.0, 2.0, -1.0]])
    Wx = np.array([[3.0, -2.0, 1.0], [-1.0, 2.0, -2.0]])
    Wh = np.eye(3)
    b = np.zeros(3)
    a = x @ Wx + h @ Wh + b  # entries between 250 and 700 in magnitude
    out = forward(x, h, Wx, Wh, b)
    assert_finite(out, "rnn_step with pre-activations of a few hundred")
    assert_close(out, np.sign(a), rtol=0, atol=1e-12, name="rnn_step with pre-activations of a few hundred")
    grads = backward(np.ones((2, 3)), x, h, Wx, Wh, b)
    for g, name in zip(grads, NAMES):
        assert_finite(g, name)
        assert_close(g, np.zeros_like(g), rtol=0, atol=1e-12, name=f"{name} through saturated units")


def test_zero_state_gives_zero_dWh():
    """With h_prev = 0 the state feeds nothing back: dWh is 0 and the rest still match"""
    x, h, Wx, Wh, b, dh = make(3, 2, 4, 30)
    h = np.zeros_like(h)
    got = backward(dh, x, h, Wx, Wh, b)
    assert_close(got[3], np.zeros((4, 4)), rtol=0, atol=1e-12, name="dWh for h_prev = 0")
    for g, n, name in zip(got, numeric_grads(dh, x, h, Wx, Wh, b), NAMES):
        assert_close(g, n, rtol=1e-5, atol=1e-6, name=name)


def test_forward_does_not_modify_inputs():
    """rnn_step leaves x, h_prev, Wx, Wh and b unchanged"""
    args = make(3, 4, 4, 40)[:5]
    before = [a.copy() for a in args]
    rnn_step(*args)
    for a, bf, name in zip(args, before, ("x", "h_prev", "Wx", "Wh", "b")):
        assert np.array_equal(a, bf), f"rnn_step changed its input {name} in place: it was\n{bf}\nand is now\n{a}"


def test_backward_does_not_modify_inputs():
    """rnn_step_backward leaves dh, x, h_prev, Wx, Wh and b unchanged"""
    x, h, Wx, Wh, b, dh = make(3, 4, 4, 50)
    args = (dh, x, h, Wx, Wh, b)
    before = [a.copy() for a in args]
    rnn_step_backward(*args)
    for a, bf, name in zip(args, before, ("dh", "x", "h_prev", "Wx", "Wh", "b")):
        assert np.array_equal(a, bf), f"rnn_step_backward changed its input {name} in place: it was\n{bf}\nand is now\n{a}"
