import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import rmsprop_step

TOL = dict(rtol=1e-5, atol=1e-7)  # float32 arithmetic inside passes; every classic mistake is far off

PARAM = np.array([1.0, -2.0])
GRAD = np.array([0.5, -4.0])
SQ_AVG = np.array([0.25, 4.0])


def ref_step(p, g, s, lr=1e-2, alpha=0.99, eps=1e-8):
    """One step with Python floats, entry by entry."""
    p, g, s = (np.asarray(a, dtype=float) for a in (p, g, s))
    new_s = np.array([alpha * si + (1 - alpha) * gi * gi for gi, si in zip(g.ravel(), s.ravel())]).reshape(p.shape)
    new_p = np.array([pi - lr * gi / (math.sqrt(si) + eps)
                      for pi, gi, si in zip(p.ravel(), g.ravel(), new_s.ravel())]).reshape(p.shape)
    return new_p, new_s


def call(p, g, s, **kwargs):
    """The learner's (new_param, new_sq_avg), checked for type and shape."""
    out = rmsprop_step(p, g, s, **kwargs)
    assert isinstance(out, (tuple, list)) and len(out) == 2, (
        f"rmsprop_step should return a pair (new_param, new_sq_avg), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    return as_array(out[0], "new_param", shape=np.shape(p)), as_array(out[1], "new_sq_avg", shape=np.shape(p))


def state(shape, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=shape), rng.normal(size=shape), rng.uniform(0.01, 2.0, size=shape)


SHAPES = {"(5,)": (5,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}


def test_worked_example():
    """Worked example (lr 0.1, alpha 0.9): sq_avg [0.25, 5.2], param [0.9, -1.824588]"""
    p, s = call(PARAM.copy(), GRAD.copy(), SQ_AVG.copy(), lr=0.1, alpha=0.9)
    assert_close(s, [0.25, 5.2], **TOL, name="new_sq_avg")
    assert_close(p, [0.9, -2.0 + 0.4 / math.sqrt(5.2)], **TOL, name="new_param")


def test_first_step_from_zero():
    """First step from sq_avg = 0 with the defaults: sq_avg = 0.01 g^2 and each parameter moves by 10 * lr = 0.1"""
    p, s = call(PARAM.copy(), GRAD.copy(), np.zeros(2))
    assert_close(s, [0.0025, 0.16], **TOL, name="new_sq_avg")
    assert_close(p, [1.0 - 0.01 * 0.5 / (0.05 + 1e-8), -2.0 + 0.01 * 4.0 / (0.4 + 1e-8)], **TOL, name="new_param")


@pytest.mark.parametrize("shape", SHAPES)
def test_matches_rule_any_shape(shape):
    """Matches the update rule for arrays of shape {shape}"""
    p0, g, s0 = state(SHAPES[shape], 1)
    p, s = call(p0.copy(), g.copy(), s0.copy(), lr=0.05, alpha=0.9, eps=1e-6)
    want_p, want_s = ref_step(p0, g, s0, 0.05, 0.9, 1e-6)
    assert_close(s, want_s, **TOL, name="new_sq_avg")
    assert_close(p, want_p, **TOL, name="new_param")


def test_defaults():
    """Without optional arguments: lr = 0.01, alpha = 0.99, eps = 1e-8"""
    p0, g, s0 = state((6,), 2)
    p, s = call(p0.copy(), g.copy(), s0.copy())
    want_p, want_s = ref_step(p0, g, s0)
    assert_close(s, want_s, **TOL, name="new_sq_avg with the defaults")
    assert_close(p, want_p, **TOL, name="new_param with the defaults")


@pytest.mark.parametrize("alpha", [0.0, 0.5, 0.999])
def test_alpha_argument(alpha):
    """The alpha argument weighs the old average (alpha = {alpha})"""
    p0, g, s0 = state((5,), 3)
    p, s = call(p0.copy(), g.copy(), s0.copy(), lr=0.1, alpha=alpha)
    want_p, want_s = ref_step(p0, g, s0, 0.1, alpha)
    assert_close(s, want_s, **TOL, name=f"new_sq_avg with alpha={alpha}")
    assert_close(p, want_p, **TOL, name=f"new_param with alpha={alpha}")


def test_average_of_squares():
    """sq_avg averages SQUARED gradients: alpha 0.5, sq_avg [1, 1], grad [-3, 0.5] give [5, 0.625]"""
    _, s = call(np.zeros(2), np.array([-3.0, 0.5]), np.ones(2), alpha=0.5)
    assert_close(s, [5.0, 0.625], **TOL, name="new_sq_avg")


def test_step_uses_the_new_average():
    """The step divides by the root of the NEW average: sq_avg 0 and grad [3] give a step of 10 * lr"""
    p, _ = call(np.array([0.0]), np.array([3.0]), np.array([0.0]), lr=0.5, alpha=0.99, eps=1e-12)
    assert_close(p, [-5.0], **TOL, name="new_param")


def test_eps_added_after_sqrt():
    """eps is added after the square root: sq_avg near 1e-20 and eps 1e-8 give sqrt(s) + eps, not sqrt(s + eps)"""
    p0, g, s0 = np.zeros(2), np.array([1e-10, -1e-10]), np.array([1e-20, 1e-20])
    want_p, want_s = ref_step(p0, g, s0, 1.0, 0.5, 1e-8)
    p, s = call(p0.copy(), g.copy(), s0.copy(), lr=1.0, alpha=0.5, eps=1e-8)
    assert_close(s, want_s, rtol=1e-5, atol=0.0, name="new_sq_avg")
    assert_close(p, want_p, rtol=1e-5, atol=0.0, name="new_param")


def test_zero_gradient_is_safe():
    """A zero gradient with sq_avg = 0 leaves param unchanged, with no nan"""
    p, s = call(np.array([1.5, -0.5]), np.zeros(2), np.zeros(2))
    assert_finite(p, "new_param")
    assert_close(p, [1.5, -0.5], rtol=0, atol=0, name="new_param")
    assert_close(s, [0.0, 0.0], rtol=0, atol=0, name="new_sq_avg")


def test_scale_free_first_step():
    """The first step from zero is the same for gradients 1e-3 and 1e3 times larger"""
    _, g, _ = state((4,), 4)
    p_small, _ = call(np.zeros(4), g * 1e-3, np.zeros(4), lr=0.01, alpha=0.9, eps=1e-12)
    p_large, _ = call(np.zeros(4), g * 1e3, np.zeros(4), lr=0.01, alpha=0.9, eps=1e-12)
    assert_close(p_small, p_large, rtol=1e-4, atol=1e-9, name="step for gradients 1e-3 * g, compared with 1e3 * g,")


def test_trajectory():
    """50 steps on f(x) = 0.5 * sum(a * x^2) follow the rule step by step"""
    a = np.array([1.0, 100.0, 0.01])
    p, s = np.array([2.0, -1.0, 3.0]), np.zeros(3)
    want_p, want_s = p.copy(), s.copy()
    for step in range(50):
        p, s = call(p, a * p, s, lr=0.01, alpha=0.9)
        want_p, want_s = ref_step(want_p, a * want_p, want_s, 0.01, 0.9)
        assert_close(p, want_p, rtol=1e-5, atol=1e-6, name=f"param after step {step + 1}")
        assert_close(s, want_s, rtol=1e-5, atol=1e-9, name=f"sq_avg after step {step + 1}")


def test_inputs_unchanged():
    """param, grad and sq_avg passed in are left unchanged"""
    p0, g0, s0 = state((3, 2), 5)
    p, g, s = p0.copy(), g0.copy(), s0.copy()
    rmsprop_step(p, g, s)
    for name, now, before in (("param", p, p0), ("grad", g, g0), ("sq_avg", s, s0)):
        assert np.array_equal(now, before), f"rmsprop_step changed the caller's {name}: it was\n{before}\nand is now\n{now}"


def test_returns_new_arrays():
    """The returned param and sq_avg are new arrays, not the ones passed in"""
    p0, g0, s0 = state((4,), 6)
    out = rmsprop_step(p0, g0, s0)
    for label, got in (("new_param", out[0]), ("new_sq_avg", out[1])):
        for name, given in (("param", p0), ("grad", g0), ("sq_avg", s0)):
            assert not np.shares_memory(np.asarray(got), given), f"{label} shares memory with the {name} passed in"


MISMATCHED = {"grad of shape (1,)": ((3,), (1,), (3,)), "sq_avg of shape (2, 3)": ((3,), (3,), (2, 3)),
              "param of shape (4,)": ((4,), (3,), (3,))}


@pytest.mark.parametrize("case", MISMATCHED)
def test_mismatched_shapes(case):
    """Arrays of different shapes raise ValueError ({case})"""
    sp, sg, ss = MISMATCHED[case]
    with pytest.raises(ValueError):
        rmsprop_step(np.ones(sp), np.ones(sg), np.ones(ss))
