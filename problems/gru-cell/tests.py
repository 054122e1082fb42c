import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import gru_step

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)


def sig(u):
    """An exact, overflow-free sigmoid of one scalar."""
    u = float(u)
    if u >= 0:
        return 1.0 / (1.0 + np.exp(-u))
    e = np.exp(u)
    return e / (1.0 + e)


def ref_gru(x, h_prev, Wx, Wh, bx, bh):
    """PyTorch's GRUCell equations, one vector and one unit at a time."""
    H = h_prev.shape[-1]
    D = x.shape[-1]
    out = np.empty(h_prev.shape)
    for idx in np.ndindex(*h_prev.shape[:-1]):
        xv, hv = x[idx], h_prev[idx]
        gx = [sum(xv[k] * Wx[k, col] for k in range(D)) + bx[col] for col in range(3 * H)]
        gh = [sum(hv[k] * Wh[k, col] for k in range(H)) + bh[col] for col in range(3 * H)]
        for j in range(H):
            r = sig(gx[j] + gh[j])
            z = sig(gx[H + j] + gh[H + j])
            n = np.tanh(gx[2 * H + j] + r * gh[2 * H + j])
            out[idx + (j,)] = (1 - z) * n + z * hv[j]
    return out


def make(lead, D, H, seed, scale=0.8):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=lead + (D,)), rng.uniform(-1, 1, size=lead + (H,)), rng.normal(size=(D, 3 * H)) * scale,
            rng.normal(size=(H, 3 * H)) * scale, rng.normal(size=3 * H) * scale, rng.normal(size=3 * H) * scale)


def step(x, h_prev, Wx, Wh, bx, bh):
    got = gru_step(x.copy(), h_prev.copy(), Wx.copy(), Wh.copy(), bx.copy(), bh.copy())
    return as_array(got, "gru_step(x, h_prev, Wx, Wh, bx, bh)", shape=h_prev.shape)


CASES = {
    "one vector, x (3,), H=2": ((), 3, 2, 1),
    "batch, x (4, 3), H=5": ((4,), 3, 5, 2),
    "batch, x (3, 6), H=2": ((3,), 6, 2, 3),
    "two leading axes, x (2, 3, 4), H=3": ((2, 3), 4, 3, 4),
}


def test_worked_example():
    """Worked example: r = 0.5, z = 0.73106, n = tanh(1.75), h = 0.61870"""
    got = step(np.array([[1.0]]), np.array([[0.5]]), np.array([[0.0, 0.0, 1.0]]), np.array([[2.0, 2.0, 2.0]]),
               np.zeros(3), np.array([-1.0, 0.0, 0.5]))
    assert_close(got, [[0.61870416]], **TOL, name="gru_step on the worked example")


def test_update_gate_open_keeps_state():
    """Update gate saturated at 1 (pre-activation 1e4): h equals h_prev exactly"""
    got = step(np.array([2.0]), np.array([-0.3]), np.array([[0.0, 1e4, 1.0]]), np.zeros((1, 3)), np.zeros(3), np.zeros(3))
    assert_finite(got, "h")
    assert_close(got, [-0.3], rtol=1e-6, atol=1e-12, name="h with z = 1")


@pytest.mark.parametrize("case", CASES)
def test_matches_definition(case):
    """Matches PyTorch's GRUCell equations ({case})"""
    args = make(*CASES[case])
    assert_close(step(*args), ref_gru(*args), **TOL, name="h")


def test_update_gate_weighs_old_state():
    """z weighs the old state: z = sigmoid(2) keeps 88% of h_prev, and 12% of n"""
    # The state's part of n is 0 (Wh = 0, bh = 0), so r does not matter; the n block gets x alone: n = tanh(x).
    H = 3
    x = np.array([[0.5, -1.0, 1.5]])
    Wx = np.zeros((3, 3 * H))
    Wx[:, 2 * H:] = np.eye(3)
    bx = np.concatenate([np.full(H, 2.0), np.full(H, 2.0), np.zeros(H)])
    h_prev = np.array([[0.9, -0.8, 0.1]])
    got = step(x, h_prev, Wx, np.zeros((H, 3 * H)), bx, np.zeros(3 * H))
    z = 1 / (1 + np.exp(-2.0))
    assert_close(got, (1 - z) * np.tanh(x) + z * h_prev, **TOL, name="h = (1 - z) * n + z * h_prev with z = sigmoid(2)")


def reset_case(r_bias, Wh_n, bh_n):
    """x = 0 and z ~ 0 (bias -10): h is about n = tanh(bx_n + r * (h_prev Wh_n + bh_n)), r = sigmoid(r_bias)."""
    H = 2
    h_prev = np.array([[0.6, -0.4]])
    Wh = np.zeros((H, 3 * H))
    Wh[:, 2 * H:] = Wh_n
    bh = np.concatenate([r_bias, [-10.0, -10.0], bh_n])
    bx = np.array([0.0, 0.0, 0.0, 0.0, 0.3, -0.2])
    got = step(np.zeros((1, 1)), h_prev, np.zeros((1, 3 * H)), Wh, bx, bh)
    r = 1 / (1 + np.exp(-np.asarray(r_bias)))
    z = 1 / (1 + np.exp(10.0))
    n = np.tanh(bx[4:] + r * (h_prev @ Wh[:, 4:] + bh[4:]))
    assert_close(got, (1 - z) * n + z * h_prev, **TOL, name=f"h with r = {np.round(r, 4)}")


def test_reset_gate_scales_state_part():
    """The reset gate scales the state's part of n: r = 0.25 for every unit, bh_n = 0"""
    reset_case([-np.log(3.0)] * 2, np.array([[1.5, -0.5], [2.0, 1.0]]), [0.0, 0.0])


def test_reset_gate_after_the_product():
    """The reset gate multiplies h_prev Wh_n after the product, unit by unit (r differs per unit, bh_n = 0)"""
    reset_case([-0.7, 1.2], np.array([[1.5, -0.5], [2.0, 1.0]]), [0.0, 0.0])


def test_reset_gate_scales_bias():
    """The reset gate also multiplies the state bias bh_n (Wh_n = 0, bh_n = [0.4, -0.9])"""
    reset_case([-0.7, 1.2], np.zeros((2, 2)), [0.4, -0.9])


def test_block_order_r_z_n():
    """Blocks in the order r, z, n: each bias block drives its own gate"""
    H = 2
    bx = np.array([0.3, -1.1, 0.8, -0.6, 0.5, 1.4])
    bh = np.array([-0.2, 0.9, 0.1, 0.7, -1.3, 0.6])
    h_prev = np.array([0.4, -0.7])
    got = step(np.zeros(1), h_prev, np.zeros((1, 3 * H)), np.zeros((H, 3 * H)), bx, bh)
    s = lambda u: 1 / (1 + np.exp(-u))  # noqa: E731
    r, z = s(bx[:2] + bh[:2]), s(bx[2:4] + bh[2:4])
    n = np.tanh(bx[4:] + r * bh[4:])
    assert_close(got, (1 - z) * n + z * h_prev, **TOL, name="h with zero weights (only the biases act)")


@pytest.mark.parametrize("magnitude", [50.0, 800.0, 1e4])
def test_stable_for_large_preactivations(magnitude):
    """Finite and correct for pre-activations up to {magnitude:g} in magnitude"""
    rng = np.random.default_rng(int(magnitude))
    D, H = 2, 3
    x, h_prev = rng.normal(size=(4, D)), rng.uniform(-1, 1, size=(4, H))
    Wx = rng.choice([-1.0, 1.0], size=(D, 3 * H)) * magnitude / 8
    Wh = rng.choice([-1.0, 1.0], size=(H, 3 * H)) * magnitude / 8
    bx = rng.choice([-1.0, 1.0], size=3 * H) * magnitude / 4
    bh = rng.choice([-1.0, 1.0], size=3 * H) * magnitude / 4
    got = step(x, h_prev, Wx, Wh, bx, bh)
    assert_finite(got, f"h with pre-activations up to {magnitude:g}")
    assert_close(got, ref_gru(x, h_prev, Wx, Wh, bx, bh), **TOL, name=f"h with pre-activations up to {magnitude:g}")


def test_state_stays_between_candidate_and_old_state():
    """Each unit of h lies between n and h_prev, so a state in (-1, 1) stays there"""
    x, h_prev, Wx, Wh, bx, bh = make((50,), 3, 4, 8, scale=2.0)
    got = step(x, h_prev, Wx, Wh, bx, bh)
    assert np.all(np.abs(got) < 1), f"|h| should stay below 1 for |h_prev| < 1, got max |h| = {np.abs(got).max():.6g}"
    assert_close(got, ref_gru(x, h_prev, Wx, Wh, bx, bh), **TOL, name="h")


def test_does_not_modify_inputs():
    """Leaves x, h_prev, Wx, Wh, bx and bh unchanged"""
    args = make((3,), 2, 3, 9)
    before = [a.copy() for a in args]
    gru_step(*args)
    for a, bf, name in zip(args, before, ("x", "h_prev", "Wx", "Wh", "bx", "bh")):
        assert np.array_equal(a, bf), f"gru_step changed its input {name} in place: it was\n{bf}\nand is now\n{a}"
