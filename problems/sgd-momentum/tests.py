import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import sgd_momentum_step

PARAM = np.array([1.0, -2.0])
GRAD = np.array([0.5, 1.0])
VELOCITY = np.array([0.2, -0.4])


def ref_step(p, g, v, lr, mu=0.9):
    v = mu * v + g
    return p - lr * v, v


def call(p, g, v, lr, **kwargs):
    """Call the learner's function and unpack (param, velocity) as float arrays of p's shape."""
    out = sgd_momentum_step(p, g, v, lr, **kwargs)
    assert isinstance(out, (tuple, list)) and len(out) == 2, (
        f"sgd_momentum_step should return a pair (new_param, new_velocity), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    return as_array(out[0], "new_param", shape=np.shape(p)), as_array(out[1], "new_velocity", shape=np.shape(p))


def _rng_case(shape, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=shape), rng.normal(size=shape), rng.normal(size=shape)


SHAPES = {"(5,)": (5,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}


def test_worked_example():
    """Worked example: velocity [0.68, 0.64], param [0.932, -2.064]"""
    p, v = call(PARAM.copy(), GRAD.copy(), VELOCITY.copy(), 0.1)
    assert_close(v, [0.68, 0.64], rtol=1e-5, atol=1e-8, name="new_velocity")
    assert_close(p, [0.932, -2.064], rtol=1e-5, atol=1e-8, name="new_param")


def test_first_step_is_plain_sgd():
    """From zero velocity the first step is plain SGD: velocity = grad, param - lr * grad"""
    p, v = call(PARAM.copy(), GRAD.copy(), np.zeros(2), 0.1)
    assert_close(v, GRAD, rtol=1e-5, atol=1e-8, name="new_velocity (starting from zero velocity)")
    assert_close(p, [0.95, -2.1], rtol=1e-5, atol=1e-8, name="new_param (starting from zero velocity)")


@pytest.mark.parametrize("shape", SHAPES)
def test_matches_reference_any_shape(shape):
    """Matches the update rule for arrays of shape {shape}"""
    p0, g, v0 = _rng_case(SHAPES[shape], 1)
    p, v = call(p0.copy(), g.copy(), v0.copy(), 0.05, momentum=0.8)
    want_p, want_v = ref_step(p0, g, v0, 0.05, 0.8)
    assert_close(v, want_v, rtol=1e-5, atol=1e-7, name="new_velocity")
    assert_close(p, want_p, rtol=1e-5, atol=1e-7, name="new_param")


def test_param_uses_the_new_velocity():
    """The parameter moves by lr times the NEW velocity, not the old one"""
    p0, g, v0 = _rng_case((6,), 2)
    p, v = call(p0.copy(), g.copy(), v0.copy(), 0.1)
    want_p, _ = ref_step(p0, g, v0, 0.1)
    assert_close(p, want_p, rtol=1e-5, atol=1e-7, name="new_param")


@pytest.mark.parametrize("mu", [0.0, 0.5, 0.99])
def test_momentum_argument_is_used(mu):
    """The momentum argument is respected (momentum={mu})"""
    p0, g, v0 = _rng_case((4,), 3)
    p, v = call(p0.copy(), g.copy(), v0.copy(), 0.1, momentum=mu)
    want_p, want_v = ref_step(p0, g, v0, 0.1, mu)
    assert_close(v, want_v, rtol=1e-5, atol=1e-7, name=f"new_velocity with momentum={mu}")
    assert_close(p, want_p, rtol=1e-5, atol=1e-7, name=f"new_param with momentum={mu}")


def test_default_momentum_is_0_9():
    """Without a momentum argument, momentum defaults to 0.9"""
    p0, g, v0 = _rng_case((4,), 4)
    p, v = sgd_momentum_step(p0.copy(), g.copy(), v0.copy(), 0.1)
    want_p, want_v = ref_step(p0, g, v0, 0.1, 0.9)
    assert_close(v, want_v, rtol=1e-5, atol=1e-7, name="new_velocity with the default momentum")
    assert_close(p, want_p, rtol=1e-5, atol=1e-7, name="new_param with the default momentum")


def test_constant_gradient_closed_form():
    """20 steps with a constant gradient: velocity g (1 - mu^n) / (1 - mu), as in the closed form"""
    g = np.array([1.0, -0.5, 2.0])
    p, v = np.zeros(3), np.zeros(3)
    n, mu, lr = 20, 0.9, 0.01
    for _ in range(n):
        p, v = call(p, g.copy(), v, lr, momentum=mu)
    want_v = g * (1 - mu**n) / (1 - mu)
    # param after n steps: -lr * sum_{k=1..n} v_k
    want_p = -lr * g / (1 - mu) * (n - mu * (1 - mu**n) / (1 - mu))
    if np.allclose(v, g * (1 - mu**n), rtol=1e-4):
        raise AssertionError(
            "after 20 steps with gradient g the velocity is about g, but with this rule it grows towards "
            "g / (1 - momentum) = 10 g: add the whole gradient, new_velocity = momentum * velocity + grad"
        )
    assert_close(v, want_v, rtol=1e-5, atol=1e-7, name="velocity after 20 steps")
    assert_close(p, want_p, rtol=1e-5, atol=1e-7, name="param after 20 steps")


def test_descends_a_quadratic():
    """30 steps on f(x) = 0.5 * sum(a * x^2) follow the expected trajectory and lower f"""
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
    p0, g0, v0 = _rng_case((3, 2), 5)
    p, g, v = p0.copy(), g0.copy(), v0.copy()
    sgd_momentum_step(p, g, v, 0.1)
    for name, now, before in (("param", p, p0), ("grad", g, g0), ("velocity", v, v0)):
        assert np.array_equal(now, before), (
            f"sgd_momentum_step changed the caller's {name}; it should return new arrays instead. "
            f"In-place updates such as `{name} *= ...` or `{name} -= ...` write into the array the caller passed: "
            f"use `{name} = {name} - ...`, which makes a new array"
        )


def test_returns_new_arrays():
    """The returned param and velocity are new arrays, not the ones passed in"""
    p0, g0, v0 = _rng_case((4,), 6)
    out = sgd_momentum_step(p0, g0, v0, 0.1)
    for label, got in (("new_param", out[0]), ("new_velocity", out[1])):
        for name, given in (("param", p0), ("grad", g0), ("velocity", v0)):
            assert not np.shares_memory(np.asarray(got), given), (
                f"{label} shares memory with the {name} array that was passed in: return a new array"
            )
