import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import adagrad_step

TOL = dict(rtol=1e-5, atol=1e-7)  # float32 arithmetic inside passes; every classic mistake is far off

PARAM = np.array([1.0, -2.0])
GRAD = np.array([0.5, -4.0])
SUM_SQ = np.array([0.75, 9.0])


def ref_step(p, g, s, lr=1e-2, eps=1e-10):
    """One step with Python floats, entry by entry."""
    p, g, s = (np.asarray(a, dtype=float) for a in (p, g, s))
    new_s = np.array([si + gi * gi for gi, si in zip(g.ravel(), s.ravel())]).reshape(p.shape)
    new_p = np.array([pi - lr * gi / (math.sqrt(si) + eps)
                      for pi, gi, si in zip(p.ravel(), g.ravel(), new_s.ravel())]).reshape(p.shape)
    return new_p, new_s


def call(p, g, s, **kwargs):
    """The learner's (new_param, new_sum_sq), checked for type and shape."""
    out = adagrad_step(p, g, s, **kwargs)
    assert isinstance(out, (tuple, list)) and len(out) == 2, (
        f"adagrad_step should return a pair (new_param, new_sum_sq), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    return as_array(out[0], "new_param", shape=np.shape(p)), as_array(out[1], "new_sum_sq", shape=np.shape(p))


def state(shape, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=shape), rng.normal(size=shape), rng.uniform(0.01, 5.0, size=shape)


SHAPES = {"(5,)": (5,), "(3, 4)": (3, 4), "(2, 3, 4)": (2, 3, 4)}


def test_worked_example():
    """Worked example (lr 0.1): sum_sq [1, 25], param [0.95, -1.92]"""
    p, s = call(PARAM.copy(), GRAD.copy(), SUM_SQ.copy(), lr=0.1)
    assert_close(s, [1.0, 25.0], **TOL, name="new_sum_sq")
    assert_close(p, [0.95, -1.92], **TOL, name="new_param")


def test_first_step_from_zero():
    """First step from sum_sq = 0: sum_sq = g^2 and each parameter moves by lr * sign(g)"""
    p, s = call(PARAM.copy(), GRAD.copy(), np.zeros(2))
    assert_close(s, [0.25, 16.0], **TOL, name="new_sum_sq")
    assert_close(p, [0.99, -1.99], **TOL, name="new_param")


@pytest.mark.parametrize("shape", SHAPES)
def test_matches_rule_any_shape(shape):
    """Matches the update rule for arrays of shape {shape}"""
    p0, g, s0 = state(SHAPES[shape], 1)
    p, s = call(p0.copy(), g.copy(), s0.copy(), lr=0.05, eps=1e-6)
    want_p, want_s = ref_step(p0, g, s0, 0.05, 1e-6)
    assert_close(s, want_s, **TOL, name="new_sum_sq")
    assert_close(p, want_p, **TOL, name="new_param")


def test_defaults():
    """Without optional arguments: lr = 0.01, eps = 1e-10"""
    p0, g, s0 = state((6,), 2)
    p, s = call(p0.copy(), g.copy(), s0.copy())
    want_p, want_s = ref_step(p0, g, s0)
    assert_close(s, want_s, **TOL, name="new_sum_sq with the defaults")
    assert_close(p, want_p, **TOL, name="new_param with the defaults")


@pytest.mark.parametrize("lr", [0.001, 0.5])
def test_lr_argument(lr):
    """The lr argument scales the step (lr = {lr})"""
    p0, g, s0 = state((5,), 3)
    p, _ = call(p0.copy(), g.copy(), s0.copy(), lr=lr)
    assert_close(p, ref_step(p0, g, s0, lr)[0], **TOL, name=f"new_param with lr={lr}")


def test_sum_of_squares():
    """sum_sq adds the SQUARED gradient to the old sum: [1, 2] + [-3, 0.5]^2 = [10, 2.25]"""
    _, s = call(np.zeros(2), np.array([-3.0, 0.5]), np.array([1.0, 2.0]))
    assert_close(s, [10.0, 2.25], **TOL, name="new_sum_sq")


def test_unit_gradients_add_one():
    """Gradients of +1 and -1 add exactly 1 to sum_sq at every step (10 steps from [0, 2])"""
    p, acc = np.zeros(2), np.array([0.0, 2.0])
    for _ in range(10):
        p, acc = call(p, np.array([1.0, -1.0]), acc)
    assert_close(acc, [10.0, 12.0], **TOL, name="sum_sq after 10 steps")


def test_moves_against_the_gradient():
    """Each parameter moves against the sign of its gradient"""
    p0, g, s0 = state((12,), 7)
    p, _ = call(p0.copy(), g.copy(), s0.copy(), lr=0.1)
    wrong = np.sign(p - p0) != -np.sign(g)
    assert not wrong.any(), (
        f"with gradient {g[wrong][0]:.4g} the parameter went from {p0[wrong][0]:.6g} to {p[wrong][0]:.6g}"
    )


def test_step_at_most_lr():
    """No step is larger than lr, since |g| <= sqrt(sum_sq + g^2) (gradients of size 1 to 5, small old sums)"""
    rng = np.random.default_rng(8)
    g = rng.uniform(1.0, 5.0, size=8) * rng.choice([-1.0, 1.0], size=8)
    p, _ = call(np.zeros(8), g, rng.uniform(0.0, 0.05, size=8), lr=0.1)
    biggest = float(np.max(np.abs(p)))
    assert biggest <= 0.1 * (1 + 1e-6), f"a step of size {biggest:.6g} was taken with lr = 0.1"


def test_step_uses_the_new_sum():
    """The step divides by the root of the NEW sum: sum_sq [0] and grad [3] give a step of exactly lr"""
    p, _ = call(np.array([0.0]), np.array([3.0]), np.array([0.0]), lr=0.5, eps=1e-12)
    assert_close(p, [-0.5], **TOL, name="new_param")


def test_eps_added_after_sqrt():
    """eps is added after the square root: a sum near 1e-24 and eps 1e-10 give sqrt(G) + eps, not sqrt(G + eps)"""
    p0, g, s0 = np.zeros(2), np.array([1e-12, -1e-12]), np.array([0.0, 1e-24])
    want_p, want_s = ref_step(p0, g, s0, 1.0, 1e-10)
    p, s = call(p0.copy(), g.copy(), s0.copy(), lr=1.0, eps=1e-10)
    assert_close(s, want_s, rtol=1e-5, atol=0.0, name="new_sum_sq")
    assert_close(p, want_p, rtol=1e-5, atol=0.0, name="new_param")


def test_zero_gradient_is_safe():
    """A zero gradient with sum_sq = 0 leaves param unchanged, with no nan"""
    p, s = call(np.array([1.5, -0.5]), np.zeros(2), np.zeros(2))
    assert_finite(p, "new_param")
    assert_close(p, [1.5, -0.5], rtol=0, atol=0, name="new_param")
    assert_close(s, [0.0, 0.0], rtol=0, atol=0, name="new_sum_sq")


def test_steps_shrink_like_one_over_sqrt_t():
    """With a constant gradient the t-th step is lr / sqrt(t): after 100 steps, sum_sq = 100 g^2"""
    g = np.array([2.0, -0.5, 1e-3])
    p, s = np.zeros(3), np.zeros(3)
    for _ in range(100):
        p, s = call(p, g.copy(), s, lr=0.1)
    assert_close(s, 100 * g**2, rtol=1e-5, atol=1e-12, name="sum_sq after 100 steps")
    total = 0.1 * sum(1 / math.sqrt(t) for t in range(1, 101))
    assert_close(p, -np.sign(g) * total, rtol=1e-5, atol=1e-6, name="param after 100 steps")


def test_trajectory():
    """50 steps on f(x) = 0.5 * sum(a * x^2) follow the rule step by step"""
    a = np.array([1.0, 100.0, 0.01])
    p, s = np.array([2.0, -1.0, 3.0]), np.zeros(3)
    want_p, want_s = p.copy(), s.copy()
    for step in range(50):
        p, s = call(p, a * p, s, lr=0.1)
        want_p, want_s = ref_step(want_p, a * want_p, want_s, 0.1)
        assert_close(p, want_p, rtol=1e-5, atol=1e-6, name=f"param after step {step + 1}")
        assert_close(s, want_s, rtol=1e-5, atol=1e-9, name=f"sum_sq after step {step + 1}")


def test_inputs_unchanged():
    """param, grad and sum_sq passed in are left unchanged"""
    p0, g0, s0 = state((3, 2), 5)
    p, g, s = p0.copy(), g0.copy(), s0.copy()
    adagrad_step(p, g, s)
    for name, now, before in (("param", p, p0), ("grad", g, g0), ("sum_sq", s, s0)):
        assert np.array_equal(now, before), f"adagrad_step changed the caller's {name}: it was\n{before}\nand is now\n{now}"


def test_returns_new_arrays():
    """The returned param and sum_sq are new arrays, not the ones passed in"""
    p0, g0, s0 = state((4,), 6)
    out = adagrad_step(p0, g0, s0)
    for label, got in (("new_param", out[0]), ("new_sum_sq", out[1])):
        for name, given in (("param", p0), ("grad", g0), ("sum_sq", s0)):
            assert not np.shares_memory(np.asarray(got), given), f"{label} shares memory with the {name} passed in"


MISMATCHED = {"grad of shape (1,)": ((3,), (1,), (3,)), "sum_sq of shape (2, 3)": ((3,), (3,), (2, 3)),
              "param of shape (4,)": ((4,), (3,), (3,))}


@pytest.mark.parametrize("case", MISMATCHED)
def test_mismatched_shapes(case):
    """Arrays of different shapes raise ValueError ({case})"""
    sp, sg, ss = MISMATCHED[case]
    with pytest.raises(ValueError):
        adagrad_step(np.ones(sp), np.ones(sg), np.ones(ss))
