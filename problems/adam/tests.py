import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import adam_step

PARAM = np.array([1.0, -1.0, 0.5])
GRAD = np.array([0.5, -2.0, 0.0])
TOL = dict(rtol=1e-5, atol=1e-9)


def ref_step(p, g, m, v, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    """The rule as the statement gives it."""
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
    with np.errstate(all="ignore"):
        return p - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def scaled_atol(want):
    """Absolute tolerance scaled to an array's magnitude, so float32 arithmetic passes too."""
    finite = np.abs(want[np.isfinite(want)])
    return TOL["atol"] + 1e-6 * (float(finite.max()) if finite.size else 0.0)


def call(p, g, m, v, t, **kwargs):
    out = adam_step(p, g, m, v, t, **kwargs)
    assert isinstance(out, (tuple, list)) and len(out) == 3, (
        f"adam_step should return a triple (new_param, new_m, new_v), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    shape = np.shape(p)
    return (as_array(out[0], "new_param", shape=shape), as_array(out[1], "new_m", shape=shape),
            as_array(out[2], "new_v", shape=shape))


def check(out, p, g, m, v, t, label="", **hyper):
    """Compare with the rule. Returning m_hat or v_hat as the new moment is told as such (no other
    code gives exactly those values); other mistakes are named by the page from the mutants."""
    got_p, got_m, got_v = out
    kw = {"lr": hyper.get("lr", 1e-3), "b1": hyper.get("beta1", 0.9), "b2": hyper.get("beta2", 0.999),
          "eps": hyper.get("eps", 1e-8)}
    want_p, want_m, want_v = ref_step(p, g, m, v, t, **kw)

    def near(a, b):
        with np.errstate(all="ignore"):
            return bool(np.allclose(a, b, rtol=TOL["rtol"], atol=scaled_atol(b), equal_nan=True))

    if near(got_m, want_m / (1 - kw["b1"] ** t)) and not near(got_m, want_m):
        raise AssertionError(
            f"new_m{label} is the bias-corrected m_hat; return the RAW moment new_m = beta1 * m + (1 - beta1) * grad "
            "(the next step builds on it) and use m_hat only inside the parameter update"
        )
    if near(got_v, want_v / (1 - kw["b2"] ** t)) and not near(got_v, want_v):
        raise AssertionError(
            f"new_v{label} is the bias-corrected v_hat; return the RAW moment new_v = beta2 * v + (1 - beta2) * grad**2 "
            "and use v_hat only inside the parameter update"
        )
    if not near(got_p, want_p):
        assert_finite(got_p, "new_param" + label)
    for name, got, want in (("new_m", got_m, want_m), ("new_v", got_v, want_v), ("new_param", got_p, want_p)):
        assert_close(got, want, rtol=TOL["rtol"], atol=scaled_atol(want), name=name + label)


def random_state(shape, seed):
    rng = np.random.default_rng(seed)
    p, g, m = rng.normal(size=shape), rng.normal(size=shape), 0.3 * rng.normal(size=shape)
    v = 0.5 * rng.normal(size=shape) ** 2 + 0.05
    return p, g, m, v


SHAPES = {"(4,)": (4,), "(3, 5)": (3, 5), "(2, 3, 4)": (2, 3, 4)}


def test_worked_example_first_step():
    """Worked example, t=1: param [0.9, -0.9, 0.5], m [0.05, -0.2, 0], v [0.00025, 0.004, 0]"""
    z = np.zeros(3)
    out = call(PARAM.copy(), GRAD.copy(), z.copy(), z.copy(), 1, lr=0.1)
    check(out, PARAM, GRAD, z, z, 1, lr=0.1)
    assert_close(out[0], [0.9, -0.9, 0.5], **TOL, name="new_param")


def test_worked_example_second_step():
    """Worked example, t=2: param [0.8, -0.8733663, 0.5], m [0.095, -0.08, 0]"""
    p1, m1, v1 = np.array([0.9, -0.9, 0.5]), np.array([0.05, -0.2, 0.0]), np.array([0.00025, 0.004, 0.0])
    g2 = np.array([0.5, 1.0, 0.0])
    out = call(p1.copy(), g2.copy(), m1.copy(), v1.copy(), 2, lr=0.1)
    check(out, p1, g2, m1, v1, 2, lr=0.1)
    assert_close(out[0], [0.8, -0.8733662967024315, 0.5], **TOL, name="new_param")


def test_returns_raw_moments():
    """new_m and new_v are the raw moments (0.1 * grad and 0.001 * grad^2 at t=1), not m_hat and v_hat"""
    g = np.array([3.0, -4.0, 0.5])
    z = np.zeros(3)
    out = call(np.ones(3), g.copy(), z.copy(), z.copy(), 1)
    check(out, np.ones(3), g, z, z, 1)
    assert_close(out[1], 0.1 * g, **TOL, name="new_m")
    assert_close(out[2], 0.001 * g * g, **TOL, name="new_v")


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e3])
def test_first_step_moves_by_lr(scale):
    """At t=1 from zero moments every parameter moves by about lr against its gradient (gradients ~{scale})"""
    g = scale * np.array([2.0, -0.5, 1.0, -3.0])
    z = np.zeros(4)
    p0 = np.array([0.3, 0.1, -0.2, 0.0])
    out = call(p0.copy(), g.copy(), z.copy(), z.copy(), 1, lr=0.01)
    check(out, p0, g, z, z, 1, lr=0.01)
    step = p0 - out[0]
    assert_close(step, 0.01 * np.sign(g), rtol=1e-4, atol=1e-9, name="param - new_param")


def test_bias_correction_later_step():
    """Bias correction uses the step number t (t=3, nonzero moments)"""
    p, g, m, v = random_state((5,), 10)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 3, lr=0.05)
    check(out, p, g, m, v, 3, lr=0.05)


@pytest.mark.parametrize("t", [1, 10, 1000, 100000])
def test_bias_correction_at_step(t):
    """Correct at step t={t} with nonzero moments"""
    p, g, m, v = random_state((6,), t)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), t, lr=0.1)
    check(out, p, g, m, v, t, lr=0.1)


def test_eps_after_square_root():
    """Tiny gradients (~1e-6): eps is added after the square root, not inside it"""
    g = np.array([1e-6, -3e-6, 2e-7])
    z = np.zeros(3)
    p0 = np.array([1.0, 1.0, 1.0])
    out = call(p0.copy(), g.copy(), z.copy(), z.copy(), 1)
    check(out, p0, g, z, z, 1)


def test_zero_gradient_is_finite():
    """Zero gradient with zero moments: no nan (0 / (0 + eps)), the parameter does not move"""
    z = np.zeros(4)
    p0 = np.array([1.0, -2.0, 0.0, 3.0])
    out = call(p0.copy(), z.copy(), z.copy(), z.copy(), 1)
    assert_finite(out[0], "new_param")
    check(out, p0, z, z, z, 1)


def test_second_moment_uses_squares():
    """new_v averages grad**2 (not |grad|)"""
    p, g, m, v = random_state((4,), 11)
    g = 3.0 * g
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 2)
    check(out, p, g, m, v, 2)


@pytest.mark.parametrize("shape", SHAPES)
def test_matches_rule_any_shape(shape):
    """Matches the Adam rule for arrays of shape {shape} (t=7)"""
    p, g, m, v = random_state(SHAPES[shape], 12)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 7, lr=0.02)
    check(out, p, g, m, v, 7, lr=0.02)


def test_hyperparameters_are_used():
    """lr, beta1, beta2 and eps arguments are all respected"""
    p, g, m, v = random_state((5,), 13)
    hyper = dict(lr=0.03, beta1=0.5, beta2=0.9, eps=0.1)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 4, **hyper)
    check(out, p, g, m, v, 4, **hyper)


def test_five_steps_on_a_quadratic():
    """5 steps on f(x) = 0.5 * sum(a * x^2) from zero moments follow the Adam trajectory"""
    a = np.array([1.0, 10.0, 0.1, 4.0])
    p, m, v = np.array([1.0, -1.0, 2.0, 0.5]), np.zeros(4), np.zeros(4)
    for t in range(1, 6):
        g = a * p
        out = call(p.copy(), g.copy(), m.copy(), v.copy(), t, lr=0.1)
        check(out, p, g, m, v, t, label=f" after step {t}", lr=0.1)
        p, m, v = out
    f = 0.5 * np.sum(a * p**2)
    assert f < 0.5 * np.sum(a * np.array([1.0, -1.0, 2.0, 0.5]) ** 2), "after 5 steps f(x) should have gone down"


def test_inputs_unchanged():
    """param, grad, m and v passed in are left unchanged"""
    state = random_state((3, 2), 14)
    copies = [a.copy() for a in state]
    adam_step(*copies, 3)
    for name, now, before in zip(("param", "grad", "m", "v"), copies, state):
        assert np.array_equal(now, before), (
            f"adam_step changed the caller's {name}; it should return new arrays instead. "
            f"In-place updates such as `{name} *= ...` or `{name} -= ...` write into the array the caller passed: "
            f"build new arrays instead, e.g. `new_m = beta1 * m + (1 - beta1) * grad`"
        )


def test_returns_new_arrays():
    """The returned param, m and v are new arrays, not the ones passed in"""
    state = random_state((4,), 15)
    out = adam_step(*state, 2)
    for label, got in zip(("new_param", "new_m", "new_v"), out):
        for name, given in zip(("param", "grad", "m", "v"), state):
            assert not np.shares_memory(np.asarray(got), given), (
                f"{label} shares memory with the {name} array that was passed in: return a new array"
            )
