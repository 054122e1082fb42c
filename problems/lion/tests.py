import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import lion_step

RTOL, ATOL = 1e-6, 1e-9

P = np.array([1.0, -2.0, 0.5, 3.0])
G = np.array([0.3, -4.0, 0.0, -20.0])
M = np.array([0.0, 1.0, 0.0, 1.0])


def reference(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    """Entry by entry, straight from the update rule."""
    new_p, new_m = np.empty(param.shape), np.empty(param.shape)
    for idx in np.ndindex(*param.shape):
        c = beta1 * m[idx] + (1 - beta1) * grad[idx]
        s = 1.0 if c > 0 else (-1.0 if c < 0 else 0.0)
        new_p[idx] = param[idx] * (1 - lr * weight_decay) - lr * s
        new_m[idx] = beta2 * m[idx] + (1 - beta2) * grad[idx]
    return new_p, new_m


def step(param, grad, m, **kw):
    got = lion_step(param.copy(), grad.copy(), m.copy(), **kw)
    if got is None:
        raise AssertionError("lion_step returned None, expected the pair (new_param, new_m)")
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"lion_step should return the pair (new_param, new_m), got {what}")
    return as_array(got[0], "new_param", shape=param.shape), as_array(got[1], "new_m", shape=param.shape)


def away_from_zero(shape, seed):
    """param, grad, m with |c| well away from 0 for the default betas."""
    rng = np.random.default_rng(seed)
    param, grad, m = rng.normal(size=shape), rng.normal(size=shape) * 3, rng.normal(size=shape)
    c = 0.9 * m + 0.1 * grad
    m = np.where(np.abs(c) < 0.05, m + 0.2 * np.sign(m + 1e-3), m)
    return param, grad, m


SHAPES = {"a scalar (0-d)": (), "shape (7,)": (7,), "shape (3, 4)": (3, 4), "shape (2, 3, 2)": (2, 3, 2)}


def test_worked_example():
    """Worked example (lr = 0.1): param [0.9, -2.1, 0.5, 3.1], m [0.003, 0.95, 0, 0.79]"""
    p, m = step(P, G, M, lr=0.1)
    assert_close(p, [0.9, -2.1, 0.5, 3.1], rtol=RTOL, atol=ATOL, name="new_param")
    assert_close(m, [0.003, 0.95, 0.0, 0.79], rtol=RTOL, atol=ATOL, name="new_m")


def test_worked_example_weight_decay():
    """Worked example with weight_decay = 0.5: param [0.85, -2, 0.475, 2.95]"""
    p, m = step(P, G, M, lr=0.1, weight_decay=0.5)
    assert_close(p, [0.85, -2.0, 0.475, 2.95], rtol=RTOL, atol=ATOL, name="new_param")
    assert_close(m, [0.003, 0.95, 0.0, 0.79], rtol=RTOL, atol=ATOL, name="new_m")


@pytest.mark.parametrize("shape", SHAPES)
def test_matches_update_rule(shape):
    """Matches the update rule entry by entry ({shape}, default hyperparameters)"""
    param, grad, m = away_from_zero(SHAPES[shape], 1)
    p, new_m = step(param, grad, m)
    want_p, want_m = reference(param, grad, m)
    assert_close(p, want_p, rtol=RTOL, atol=ATOL, name="new_param")
    assert_close(new_m, want_m, rtol=RTOL, atol=ATOL, name="new_m")


def test_direction_uses_old_momentum_and_beta1():
    """The sign is taken of beta1 * m + (1 - beta1) * grad with the momentum before this step"""
    param = np.zeros(3)
    m = np.array([1.0, -1.0, 1.0])
    grad = np.array([-20.0, 20.0, -5.0])  # c = [-1.1, 1.1, 0.4]; beta2-averages stay [0.79, -0.79, 0.94]
    p, _ = step(param, grad, m, lr=0.5)
    assert_close(p, [0.5, -0.5, -0.5], rtol=RTOL, atol=ATOL, name="new_param")


def test_momentum_uses_beta2():
    """The new momentum is beta2 * m + (1 - beta2) * grad (beta1 = 0.5, beta2 = 0.8)"""
    param, grad, m = away_from_zero((5,), 2)
    p, new_m = step(param, grad, m, lr=0.01, beta1=0.5, beta2=0.8)
    want_p, want_m = reference(param, grad, m, lr=0.01, beta1=0.5, beta2=0.8)
    assert_close(new_m, want_m, rtol=RTOL, atol=ATOL, name="new_m")
    assert_close(p, want_p, rtol=RTOL, atol=ATOL, name="new_param")


def test_sign_of_zero_is_zero():
    """Where c is exactly 0 the parameter does not move (sign(0) = 0)"""
    param = np.array([1.0, 2.0, -3.0, 4.0])
    m = np.array([0.0, 1.0, -2.0, 0.5])
    grad = np.array([0.0, -1.0, 2.0, 1.0])  # with beta1 = 0.5: c = [0, 0, 0, 0.75]
    p, new_m = step(param, grad, m, lr=0.1, beta1=0.5)
    assert_close(p, [1.0, 2.0, -3.0, 3.9], rtol=RTOL, atol=ATOL, name="new_param")
    assert_close(new_m, 0.99 * m + 0.01 * grad, rtol=RTOL, atol=ATOL, name="new_m")


@pytest.mark.parametrize("scale", [1e-30, 1e4])
def test_step_size_independent_of_gradient_scale(scale):
    """Every entry moves by exactly lr, whatever the gradient's size (gradients of size {scale})"""
    rng = np.random.default_rng(3)
    param = rng.normal(size=6)
    grad = np.sign(rng.normal(size=6)) * scale * (1 + rng.random(6))
    p, _ = step(param, grad, np.zeros(6), lr=1e-3)
    assert_close(p, param - 1e-3 * np.sign(grad), rtol=RTOL, atol=1e-12, name="new_param")


def test_weight_decay_is_decoupled():
    """Weight decay multiplies param by (1 - lr * weight_decay) and does not enter the sign"""
    param = np.array([10.0, -10.0, 0.5])
    grad = np.array([0.1, -0.1, -0.2])
    p, _ = step(param, grad, np.zeros(3), lr=0.01, weight_decay=2.0)
    assert_close(p, [10.0 * 0.98 - 0.01, -10.0 * 0.98 + 0.01, 0.5 * 0.98 + 0.01], rtol=RTOL, atol=ATOL, name="new_param")


def test_momentum_ignores_weight_decay():
    """With weight decay, the new momentum is still beta2 * m + (1 - beta2) * grad"""
    param = np.array([10.0, -10.0, 0.5])
    grad = np.array([0.1, -0.1, -0.2])
    m = np.array([0.5, 0.0, -1.0])
    _, new_m = step(param, grad, m, lr=0.01, weight_decay=2.0)
    assert_close(new_m, 0.99 * m + 0.01 * grad, rtol=RTOL, atol=ATOL, name="new_m")


def test_three_steps():
    """Three steps in a row, feeding back the returned momentum, match the update rule"""
    param, _, m = away_from_zero((6,), 4)
    m = np.zeros(6)
    grads = [np.array([1.0, -2.0, 0.5, 3.0, -0.1, 2.0]), np.array([-3.0, 1.0, 0.5, -1.0, 4.0, 0.3]),
             np.array([0.5, 0.5, -6.0, -2.0, -1.0, -0.7])]
    want_p, want_m = param.copy(), m.copy()
    for g in grads:
        param, m = step(param, g, m, lr=0.01, weight_decay=0.1)
        want_p, want_m = reference(want_p, g, want_m, lr=0.01, weight_decay=0.1)
    assert_close(param, want_p, rtol=RTOL, atol=ATOL, name="param after 3 steps")
    assert_close(m, want_m, rtol=RTOL, atol=ATOL, name="m after 3 steps")


@pytest.mark.parametrize("which", ["param", "grad", "m"])
def test_does_not_modify_inputs(which):
    """Leaves {which} unchanged and returns new arrays"""
    param, grad, m = away_from_zero((3, 4), 5)
    args = {"param": param, "grad": grad, "m": m}
    before = {k: v.copy() for k, v in args.items()}
    got = lion_step(param, grad, m, lr=0.01, weight_decay=0.1)
    assert np.array_equal(args[which], before[which]), f"lion_step changed the caller's {which}"
    if isinstance(got, (tuple, list)):
        for name, out in zip(("new_param", "new_m"), got):
            if isinstance(out, np.ndarray) and np.shares_memory(out, args[which]):
                raise AssertionError(f"{name} is the caller's {which} array (or a view of it), expected a new array")
