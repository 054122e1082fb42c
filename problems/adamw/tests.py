import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import adamw_step

PARAM = np.array([1.0, -1.0, 0.5])
GRAD = np.array([0.5, -2.0, 0.0])
RTOL, ATOL = 1e-5, 1e-9


def ref_step(p, g, m, v, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8, wd=0.01, l2=False):
    """AdamW as the statement gives it (with l2=True: the decay added to the gradient instead)."""
    if l2:
        g = g + wd * p
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
    with np.errstate(all="ignore"):
        u = m_hat / (np.sqrt(v_hat) + eps)
    return p * (1.0 if l2 else 1 - lr * wd) - lr * u, m, v


def scaled_atol(want):
    """Absolute tolerance scaled to an array's magnitude, so float32 arithmetic passes too."""
    finite = np.abs(want[np.isfinite(want)])
    return ATOL + 1e-6 * (float(finite.max()) if finite.size else 0.0)


def call(p, g, m, v, t, **kwargs):
    out = adamw_step(p, g, m, v, t, **kwargs)
    assert isinstance(out, (tuple, list)) and len(out) == 3, (
        f"adamw_step should return a triple (new_param, new_m, new_v), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    shape = np.shape(p)
    return (as_array(out[0], "new_param", shape=shape), as_array(out[1], "new_m", shape=shape),
            as_array(out[2], "new_v", shape=shape))


def check(out, p, g, m, v, t, label="", **hyper):
    """Compare with the rule. A new_m that is exactly the moment of grad + weight_decay * param is told
    as such; other mistakes are named by the page from the mutants."""
    got_p, got_m, got_v = out
    kw = {"lr": hyper.get("lr", 1e-3), "b1": hyper.get("beta1", 0.9), "b2": hyper.get("beta2", 0.999),
          "eps": hyper.get("eps", 1e-8), "wd": hyper.get("weight_decay", 0.01)}
    want_p, want_m, want_v = ref_step(p, g, m, v, t, **kw)

    def near(a, b):
        with np.errstate(all="ignore"):
            return bool(np.allclose(a, b, rtol=RTOL, atol=scaled_atol(b), equal_nan=True))

    if not near(got_p, want_p):
        assert_finite(got_p, "new_param" + label)
    if not near(got_m, want_m) and near(got_m, ref_step(p, g, m, v, t, l2=True, **kw)[1]):
        raise AssertionError(
            f"new_m{label} equals beta1 * m + (1 - beta1) * (grad + weight_decay * param): it includes the decay "
            "term. The moments in AdamW see only the gradient; the decay is applied to the parameter directly"
        )
    for name, got, want in (("new_m", got_m, want_m), ("new_v", got_v, want_v), ("new_param", got_p, want_p)):
        assert_close(got, want, rtol=RTOL, atol=scaled_atol(want), name=name + label)


def random_state(shape, seed):
    rng = np.random.default_rng(seed)
    p, g, m = 2 * rng.normal(size=shape), rng.normal(size=shape), 0.3 * rng.normal(size=shape)
    v = 0.5 * rng.normal(size=shape) ** 2 + 0.05
    return p, g, m, v


SHAPES = {"(4,)": (4,), "(3, 5)": (3, 5), "(2, 3, 4)": (2, 3, 4)}


def test_worked_example():
    """Worked example, t=1, lr=0.1, weight_decay=0.1: param [0.89, -0.89, 0.495]"""
    z = np.zeros(3)
    out = call(PARAM.copy(), GRAD.copy(), z.copy(), z.copy(), 1, lr=0.1, weight_decay=0.1)
    check(out, PARAM, GRAD, z, z, 1, lr=0.1, weight_decay=0.1)
    assert_close(out[0], [0.89, -0.89, 0.495], rtol=RTOL, atol=ATOL, name="new_param")


def test_zero_gradient_only_decays():
    """Zero gradient and zero moments: the parameter shrinks by exactly (1 - lr * weight_decay)"""
    z = np.zeros(4)
    p0 = np.array([2.0, -1.0, 0.5, 4.0])
    out = call(p0.copy(), z.copy(), z.copy(), z.copy(), 1, lr=0.1, weight_decay=0.5)
    check(out, p0, z, z, z, 1, lr=0.1, weight_decay=0.5)
    assert_close(out[0], 0.95 * p0, rtol=RTOL, atol=ATOL, name="new_param")


def test_moments_see_only_the_gradient():
    """new_m and new_v are Adam's moments of the gradient alone; the decay never enters them"""
    p, g, m, v = random_state((5,), 1)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 2, lr=0.1, weight_decay=0.3)
    check(out, p, g, m, v, 2, lr=0.1, weight_decay=0.3)


def test_decay_before_the_update():
    """Decay multiplies the old parameter, then the Adam update is subtracted (lr=0.1, weight_decay=0.5)"""
    p, g, m, v = random_state((6,), 2)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 3, lr=0.1, weight_decay=0.5)
    check(out, p, g, m, v, 3, lr=0.1, weight_decay=0.5)


def test_no_decay_is_adam():
    """weight_decay=0 gives exactly the Adam step"""
    p, g, m, v = random_state((5,), 3)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 4, lr=0.05, weight_decay=0.0)
    check(out, p, g, m, v, 4, lr=0.05, weight_decay=0.0)


def test_default_weight_decay():
    """Without a weight_decay argument it defaults to 0.01 (lr=1, zero gradient: param * 0.99)"""
    z = np.zeros(3)
    p0 = np.array([1.0, -2.0, 3.0])
    out = call(p0.copy(), z.copy(), z.copy(), z.copy(), 1, lr=1.0)
    check(out, p0, z, z, z, 1, lr=1.0)
    assert_close(out[0], 0.99 * p0, rtol=RTOL, atol=ATOL, name="new_param")


@pytest.mark.parametrize("shape", SHAPES)
def test_matches_rule_any_shape(shape):
    """Matches the AdamW rule for arrays of shape {shape} (t=5)"""
    p, g, m, v = random_state(SHAPES[shape], 4)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 5, lr=0.02, weight_decay=0.1)
    check(out, p, g, m, v, 5, lr=0.02, weight_decay=0.1)


def test_hyperparameters_are_used():
    """lr, beta1, beta2, eps and weight_decay arguments are all respected"""
    p, g, m, v = random_state((5,), 5)
    hyper = dict(lr=0.2, beta1=0.5, beta2=0.9, eps=0.1, weight_decay=0.25)
    out = call(p.copy(), g.copy(), m.copy(), v.copy(), 2, **hyper)
    check(out, p, g, m, v, 2, **hyper)


def test_first_step_bias_correction():
    """t=1 from zero moments: each parameter moves by lr (plus its decay), as in Adam"""
    p, g, _, _ = random_state((5,), 6)
    z = np.zeros(5)
    out = call(p.copy(), g.copy(), z.copy(), z.copy(), 1, lr=0.01, weight_decay=0.1)
    check(out, p, g, z, z, 1, lr=0.01, weight_decay=0.1)


def test_five_steps_on_a_quadratic():
    """5 steps on f(x) = 0.5 * sum(a * x^2) from zero moments follow the AdamW trajectory"""
    a = np.array([1.0, 10.0, 0.1, 4.0])
    p, m, v = np.array([1.0, -1.0, 2.0, 0.5]), np.zeros(4), np.zeros(4)
    for t in range(1, 6):
        g = a * p
        out = call(p.copy(), g.copy(), m.copy(), v.copy(), t, lr=0.1, weight_decay=0.2)
        check(out, p, g, m, v, t, label=f" after step {t}", lr=0.1, weight_decay=0.2)
        p, m, v = out


def test_inputs_unchanged():
    """param, grad, m and v passed in are left unchanged"""
    state = random_state((3, 2), 7)
    copies = [a.copy() for a in state]
    adamw_step(*copies, 3, lr=0.1, weight_decay=0.1)
    for name, now, before in zip(("param", "grad", "m", "v"), copies, state):
        assert np.array_equal(now, before), (
            f"adamw_step changed the caller's {name}; it should return new arrays instead. "
            f"In-place updates such as `{name} *= ...` or `{name} -= ...` write into the array the caller passed: "
            f"build new arrays instead, e.g. `new_param = param * (1 - lr * weight_decay) - ...`"
        )


def test_returns_new_arrays():
    """The returned param, m and v are new arrays, not the ones passed in"""
    state = random_state((4,), 8)
    out = adamw_step(*state, 2)
    for label, got in zip(("new_param", "new_m", "new_v"), out):
        for name, given in zip(("param", "grad", "m", "v"), state):
            assert not np.shares_memory(np.asarray(got), given), (
                f"{label} shares memory with the {name} array that was passed in: return a new array"
            )
