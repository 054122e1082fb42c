import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import lstm_step

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)


def sig(u):
    """A sigmoid that is exact and overflow-free, one scalar at a time."""
    u = float(u)
    if u >= 0:
        return 1.0 / (1.0 + np.exp(-u))
    e = np.exp(u)
    return e / (1.0 + e)


def ref_lstm(x, h_prev, c_prev, W, b):
    """The definition, one vector and one unit at a time."""
    H = h_prev.shape[-1]
    lead = h_prev.shape[:-1]
    hs, cs = np.empty(lead + (H,)), np.empty(lead + (H,))
    for idx in np.ndindex(*lead):
        v = np.concatenate([x[idx], h_prev[idx]])
        z = [sum(v[r] * W[r, col] for r in range(len(v))) + b[col] for col in range(4 * H)]
        for j in range(H):
            i, f = sig(z[j]), sig(z[H + j])
            g, o = np.tanh(z[2 * H + j]), sig(z[3 * H + j])
            cs[idx + (j,)] = f * c_prev[idx + (j,)] + i * g
            hs[idx + (j,)] = o * np.tanh(cs[idx + (j,)])
    return hs, cs


def make(lead, D, H, seed, scale=0.7):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=lead + (D,)), rng.normal(size=lead + (H,)), rng.normal(size=lead + (H,)) * 2,
            rng.normal(size=(D + H, 4 * H)) * scale, rng.normal(size=4 * H) * scale)


def step(x, h_prev, c_prev, W, b):
    got = lstm_step(x.copy(), h_prev.copy(), c_prev.copy(), W.copy(), b.copy())
    if got is None:
        raise AssertionError("lstm_step returned None: did it forget to `return h, c`?")
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"lstm_step should return the pair (h, c), got {what}")
    return as_array(got[0], "h", shape=h_prev.shape), as_array(got[1], "c", shape=h_prev.shape)


def check(args, what, **tol):
    h, c = step(*args)
    h_ref, c_ref = ref_lstm(*args)
    assert_close(c, c_ref, **(tol or TOL), name=f"c {what}")
    assert_close(h, h_ref, **(tol or TOL), name=f"h {what}")
    return h, c


CASES = {
    "one vector, x (3,), H=2": ((), 3, 2, 1),
    "batch, x (4, 3), H=5": ((4,), 3, 5, 2),
    "batch, x (2, 5), H=2": ((2,), 5, 2, 3),
    "two leading axes, x (2, 3, 4), H=3": ((2, 3), 4, 3, 4),
}


def test_worked_example():
    """Worked example: h = 0.26163, c = 2.14239"""
    W = np.array([[0.0, 2.0, 1.0, -1.0], [2.0, 0.0, 0.0, 0.0]])
    h, c = step(np.array([[1.0]]), np.array([[0.5]]), np.array([[2.0]]), W, np.array([-1.0, 0.0, 0.0, 0.0]))
    assert_close(c, [[2.14239123]], **TOL, name="c on the worked example")
    assert_close(h, [[0.26163192]], **TOL, name="h on the worked example")


def test_saturated_example():
    """Saturated example: z = [1e4, -1e4, 1e4, 1e4] gives c = 1 and h = tanh(1)"""
    W = np.array([[1e4, -1e4, 1e4, 1e4], [0.0, 0.0, 0.0, 0.0]])
    h, c = step(np.array([1.0]), np.array([0.0]), np.array([5.0]), W, np.zeros(4))
    assert_finite(c, "c")
    assert_finite(h, "h")
    assert_close(c, [1.0], **TOL, name="c for z = [1e4, -1e4, 1e4, 1e4]")
    assert_close(h, [np.tanh(1.0)], **TOL, name="h for z = [1e4, -1e4, 1e4, 1e4]")


@pytest.mark.parametrize("case", CASES)
def test_matches_definition(case):
    """Matches the LSTM equations ({case})"""
    check(make(*CASES[case]), f"({case})")


def test_gate_block_order():
    """Gate blocks in the order i, f, g, o: each block's bias drives its own gate"""
    # W = 0, so z = b: i = sigmoid(0.5), f = sigmoid(-1), g = tanh(2), o = sigmoid(1.5) (two units).
    H = 2
    b = np.array([0.5, -0.3, -1.0, 0.8, 2.0, -2.5, 1.5, 0.1])
    c_prev = np.array([[1.5, -2.0]])
    h, c = step(np.array([[0.7]]), np.array([[0.2, -0.4]]), c_prev, np.zeros((1 + H, 4 * H)), b)
    s = lambda u: 1 / (1 + np.exp(-u))  # noqa: E731
    i, f, g, o = s(b[0:2]), s(b[2:4]), np.tanh(b[4:6]), s(b[6:8])
    c_exp = f * c_prev + i * g
    assert_close(c, c_exp, **TOL, name="c = f * c_prev + i * g with z = b")
    assert_close(h, o * np.tanh(c_exp), **TOL, name="h = o * tanh(c) with z = b")


def test_x_comes_before_h_prev():
    """Rows 0:D of W multiply x and rows D:D+H multiply h_prev"""
    x, h_prev, c_prev, W, b = make((3,), 2, 2, 5)
    W_x_only = W.copy()
    W_x_only[2:] = 0.0  # h_prev rows zeroed: the output must not depend on h_prev
    h1, c1 = check((x, h_prev, c_prev, W_x_only, b), "with the h_prev rows of W zeroed")
    h2, c2 = step(x, np.zeros_like(h_prev), c_prev, W_x_only, b)
    assert_close(h1, h2, rtol=0, atol=1e-12, name="h when the h_prev rows of W are 0 (should not depend on h_prev)")
    check((x, h_prev, c_prev, W, b), "with both parts of W")


def test_forget_gate_keeps_memory():
    """Input gate shut (bias -1e4): c = f * c_prev and nothing is written"""
    H = 3
    b = np.concatenate([np.full(H, -1e4), [0.0, 1.0, -1.0], np.ones(H), np.zeros(H)])
    c_prev = np.array([[3.0, -2.0, 0.5], [1.0, 1.0, 1.0]])
    h, c = step(np.zeros((2, 1)), np.zeros((2, H)), c_prev, np.zeros((1 + H, 4 * H)), b)
    f = 1 / (1 + np.exp(-np.array([0.0, 1.0, -1.0])))
    assert_close(c, f * c_prev, **TOL, name="c with the input gate shut")
    assert_close(h, 0.5 * np.tanh(f * c_prev), **TOL, name="h with the input gate shut and o = 0.5")


@pytest.mark.parametrize("magnitude", [50.0, 800.0, 1e4])
def test_stable_for_large_preactivations(magnitude):
    """Finite and correct for pre-activations up to {magnitude:g} in magnitude"""
    rng = np.random.default_rng(int(magnitude))
    H, D = 3, 2
    x, h_prev, c_prev = rng.normal(size=(4, D)), rng.uniform(-1, 1, size=(4, H)), rng.normal(size=(4, H))
    W = rng.choice([-1.0, 1.0], size=(D + H, 4 * H)) * magnitude / 6
    b = rng.choice([-1.0, 1.0], size=4 * H) * magnitude / 2
    h, c = step(x, h_prev, c_prev, W, b)
    assert_finite(c, f"c with pre-activations up to {magnitude:g}")
    assert_finite(h, f"h with pre-activations up to {magnitude:g}")
    h_ref, c_ref = ref_lstm(x, h_prev, c_prev, W, b)
    assert_close(c, c_ref, **TOL, name=f"c with pre-activations up to {magnitude:g}")
    assert_close(h, h_ref, **TOL, name=f"h with pre-activations up to {magnitude:g}")


def test_output_bounded_for_large_cell():
    """A large cell state (c_prev = 40) still gives |h| < 1: h = o * tanh(c)"""
    x, h_prev, _, W, b = make((5,), 3, 4, 6)
    c_prev = np.full((5, 4), 40.0)
    h, c = check((x, h_prev, c_prev, W, b), "for c_prev = 40")
    assert np.all(np.abs(h) < 1), f"|h| should be below 1 since h = o * tanh(c), got max |h| = {np.abs(h).max():.6g}"


def test_does_not_modify_inputs():
    """Leaves x, h_prev, c_prev, W and b unchanged"""
    args = make((3,), 2, 3, 7)
    before = [a.copy() for a in args]
    lstm_step(*args)
    for a, bf, name in zip(args, before, ("x", "h_prev", "c_prev", "W", "b")):
        assert np.array_equal(a, bf), f"lstm_step changed its input {name} in place: it was\n{bf}\nand is now\n{a}"
