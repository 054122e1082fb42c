import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import nesterov_step

TOL = dict(rtol=1e-5, atol=1e-7)  # float32 arithmetic inside passes; every classic mistake is far off

PARAM = np.array([1.0, -2.0])
GRAD = np.array([0.5, 1.0])
VELOCITY = np.array([0.2, -0.4])


def ref_step(p, g, v, lr, mu=0.9):
    """One step with Python floats, entry by entry."""
    p, g, v = (np.asarray(a, dtype=float) for a in (p, g, v))
    new_v = np.array([mu * vi + gi for gi, vi in zip(g.ravel(), v.ravel())]).reshape(p.shape)
    new_p = np.array([pi - lr * (gi + mu * vi) for pi, gi, vi in zip(p.ravel(), g.ravel(), new_v.ravel())]).reshape(p.shape)
    return new_p, new_v


def call(p, g, v, lr, **kwargs):
    """The learner's (new_param, new_velocity), checked for type and shape."""
    out = nesterov_step(p, g, v, lr, **kwargs)
    assert isinstance(out, (tuple, list)) and len(out) == 2, (
        f"nesterov_step should return a pair (new_param, new_velocity), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    return as_array(out[0], "new_param", shape=np.shape(p)), as_array(out[1], "new_velocity", shape=np.shape(p))


def state(shape, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=shape), rng.normal(size=shape), rng.normal(size=shape)


SHAPES = {"(5,)": (5,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}


def test_worked_example_velocity():
    """Worked example: the new velocity is 0.9 * [0.2, -0.4] + [0.5, 1] = [0.68, 0.64]"""
    _, v = call(PARAM.copy(), GRAD.copy(), VELOCITY.copy(), 0.1)
    assert_close(v, [0.68, 0.64], **TOL, name="new_velocity")


def test_worked_example_param():
    """Worked example: param [1, -2] - 0.1 * ([0.5, 1] + 0.9 * [0.68, 0.64]) = [0.8888, -2.1576]"""
    p, _ = call(PARAM.copy(), GRAD.copy(), VELOCITY.copy(), 0.1)
    assert_close(p, [0.8888, -2.1576], **TOL, name="new_param")


def test_first_step_from_rest():
    """From zero velocity: velocity = grad and the step is lr * (1 + momentum) * grad"""
    p, v = call(PARAM.copy(), GRAD.copy(), np.zeros(2), 0.1)
    assert_close(v, GRAD, **TOL, name="new_velocity (from zero velocity)")
    assert_close(p, [0.905, -2.19], **TOL, name="new_param (from zero velocity)")


@pytest.mark.parametrize("shape", SHAPES)
def test_matches_rule_any_shape(shape):
    """Matches the update rule for arrays of shape {shape}"""
    p0, g, v0 = state(SHAPES[shape], 1)
    p, v = call(p0.copy(), g.copy(), v0.copy(), 0.05, momentum=0.8)
    want_p, want_v = ref_step(p0, g, v0, 0.05, 0.8)
    assert_close(v, want_v, **TOL, name="new_velocity")
    assert_close(p, want_p, **TOL, name="new_param")


@pytest.mark.parametrize("mu", [0.0, 0.5, 0.99])
def test_momentum_argument(mu):
    """The momentum argument is used (momentum = {mu})"""
    p0, g, v0 = state((4,), 3)
    p, v = call(p0.copy(), g.copy(), v0.copy(), 0.1, momentum=mu)
    want_p, want_v = ref_step(p0, g, v0, 0.1, mu)
    assert_close(v, want_v, **TOL, name=f"new_velocity with momentum={mu}")
    assert_close(p, want_p, **TOL, name=f"new_param with momentum={mu}")


def test_default_momentum():
    """Without a momentum argument, momentum is 0.9"""
    p0, g, v0 = state((4,), 4)
    p, v = call(p0.copy(), g.copy(), v0.copy(), 0.1)
    want_p, want_v = ref_step(p0, g, v0, 0.1, 0.9)
    assert_close(v, want_v, **TOL, name="new_velocity with the default momentum")
    assert_close(p, want_p, **TOL, name="new_param with the default momentum")


def test_zero_gradient_coasts():
    """A zero gradient: the velocity decays to momentum * velocity and param moves by lr * momentum^2 * velocity"""
    v0 = np.array([1.0, -2.0, 0.5])
    p, v = call(np.zeros(3), np.zeros(3), v0.copy(), 0.1, momentum=0.5)
    assert_close(v, 0.5 * v0, **TOL, name="new_velocity")
    assert_close(p, -0.1 * 0.25 * v0, **TOL, name="new_param")


def test_constant_gradient_closed_form():
    """20 steps with a constant gradient: velocity g (1 - mu^n) / (1 - mu), as in the closed form"""
    g = np.array([1.0, -0.5, 2.0])
    p, v = np.zeros(3), np.zeros(3)
    n, mu, lr = 20, 0.9, 0.01
    want_p = np.zeros(3)
    for k in range(1, n + 1):
        p, v = call(p, g.copy(), v, lr, momentum=mu)
        want_p = want_p - lr * (g + mu * g * (1 - mu**k) / (1 - mu))
    assert_close(v, g * (1 - mu**n) / (1 - mu), **TOL, name="velocity after 20 steps")
    assert_close(p, want_p, **TOL, name="param after 20 steps")


def test_descends_a_quadratic():
    """30 steps on f(x) = 0.5 * sum(a * x^2) follow the rule step by step and lower f"""
    a = np.array([1.0, 4.0, 0.25])
    p, v = np.array([2.0, -1.0, 3.0]), np.zeros(3)
    want_p, want_v = p.copy(), v.copy()
    for step in range(30):
        p, v = call(p, a * p, v, 0.05, momentum=0.9)
        want_p, want_v = ref_step(want_p, a * want_p, want_v, 0.05, 0.9)
        assert_close(p, want_p, rtol=1e-5, atol=1e-6, name=f"param after step {step + 1}")
    f0, f = 0.5 * np.sum(a * np.array([2.0, -1.0, 3.0]) ** 2), 0.5 * np.sum(a * p**2)
    assert f < f0, f"after 30 steps f went from {f0:.4g} to {f:.4g}: it should go down"


def test_inputs_unchanged():
    """param, grad and velocity passed in are left unchanged"""
    p0, g0, v0 = state((3, 2), 5)
    p, g, v = p0.copy(), g0.copy(), v0.copy()
    nesterov_step(p, g, v, 0.1)
    for name, now, before in (("param", p, p0), ("grad", g, g0), ("velocity", v, v0)):
        assert np.array_equal(now, before), f"nesterov_step changed the caller's {name}: it was\n{before}\nand is now\n{now}"


def test_returns_new_arrays():
    """The returned param and velocity are new arrays, not the ones passed in"""
    p0, g0, v0 = state((4,), 6)
    out = nesterov_step(p0, g0, v0, 0.1)
    for label, got in (("new_param", out[0]), ("new_velocity", out[1])):
        for name, given in (("param", p0), ("grad", g0), ("velocity", v0)):
            assert not np.shares_memory(np.asarray(got), given), f"{label} shares memory with the {name} passed in"


MISMATCHED = {"grad of shape (1,)": ((3,), (1,), (3,)), "velocity of shape (2, 3)": ((3,), (3,), (2, 3)),
              "param of shape (4,)": ((4,), (3,), (3,))}


@pytest.mark.parametrize("case", MISMATCHED)
def test_mismatched_shapes(case):
    """Arrays of different shapes raise ValueError ({case})"""
    sp, sg, sv = MISMATCHED[case]
    with pytest.raises(ValueError):
        nesterov_step(np.ones(sp), np.ones(sg), np.ones(sv), 0.1)
