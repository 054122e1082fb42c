import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close
from solution import clip_grad_norm

GRADS = [np.array([3.0, 4.0]), np.array([[0.0], [12.0]])]  # global norm 13
RTOL = 1e-5


def ref(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    scale = min(1.0, max_norm / (total + 1e-6))
    return [g * scale for g in grads], total


def mixed(seed, scale=1.0):
    rng = np.random.default_rng(seed)
    return [scale * rng.normal(size=s) for s in ((5,), (3, 4), (2, 3, 2))]


def call(grads, max_norm):
    """Call the learner's function on copies; unpack (clipped, total_norm) with clear messages."""
    out = clip_grad_norm([g.copy() for g in grads], max_norm)
    assert isinstance(out, (tuple, list)) and len(out) == 2, (
        f"clip_grad_norm should return a pair (clipped, total_norm), got {type(out).__name__}"
        + (f" of length {len(out)}" if isinstance(out, (tuple, list)) else "")
    )
    clipped, total = out
    assert isinstance(clipped, (list, tuple)), (
        f"clipped should be a list of arrays (one per gradient), got {type(clipped).__name__}"
    )
    assert len(clipped) == len(grads), f"clipped has {len(clipped)} arrays, expected {len(grads)} (one per gradient)"
    clipped = [as_array(c, f"clipped[{i}]", shape=g.shape) for i, (c, g) in enumerate(zip(clipped, grads))]
    return clipped, as_scalar(total, "total_norm")


def scaled_atol(want):
    return 1e-12 + 1e-6 * max(float(np.max(np.abs(w))) for w in want)


def check_norm(total, grads, max_norm):
    """total_norm must be the global L2 norm before clipping (the page names the mistake from the mutants)."""
    _, want = ref(grads, max_norm)
    assert_close(total, want, rtol=RTOL, atol=1e-12, name="total_norm (the L2 norm of all entries, before clipping)")


def check_clipped(clipped, grads, max_norm):
    want, total = ref(grads, max_norm)
    atol = scaled_atol(want)
    unchanged = all(np.array_equal(c, g) for c, g in zip(clipped, grads))
    right = all(np.allclose(c, w, rtol=RTOL, atol=atol) for c, w in zip(clipped, want))
    if unchanged and not right:
        raise AssertionError(
            f"clipped is wrong: the gradients came back unchanged, but their global norm {total:.6g} is above "
            f"max_norm = {max_norm:g}: scale every array by max_norm / (total_norm + 1e-6)"
        )
    for i, (c, w) in enumerate(zip(clipped, want)):
        assert_close(c, w, rtol=RTOL, atol=atol, name=f"clipped[{i}]")


def test_worked_example():
    """Worked example: norm 13 clipped to 6.5, so [3, 4] becomes about [1.5, 2]"""
    clipped, total = call(GRADS, 6.5)
    check_norm(total, GRADS, 6.5)
    assert_close(total, 13.0, rtol=1e-9, atol=1e-12, name="total_norm")
    check_clipped(clipped, GRADS, 6.5)
    assert_close(clipped[0], [1.4999998846153935, 1.9999998461538577], rtol=RTOL, atol=1e-9, name="clipped[0]")


def test_below_max_norm_unchanged():
    """A global norm below max_norm leaves every gradient as it is"""
    clipped, total = call(GRADS, 20.0)
    check_norm(total, GRADS, 20.0)
    check_clipped(clipped, GRADS, 20.0)


def test_total_norm_is_global_and_before_clipping():
    """total_norm is the L2 norm over all arrays together, measured before clipping"""
    grads = mixed(1)
    clipped, total = call(grads, 0.5)
    check_norm(total, grads, 0.5)


def test_total_norm_is_a_float():
    """total_norm is a single number, not an array"""
    _, total = clip_grad_norm([g.copy() for g in GRADS], 6.5)
    as_scalar(total, "total_norm")


def test_one_common_factor():
    """Above max_norm every array is scaled by the same factor (global clipping, not per array)"""
    grads = [np.array([0.6, 0.8]), np.array([3.0, 0.0, 4.0]), np.array([[0.0, 0.3], [0.4, 0.0]])]  # norms 1, 5, 0.5
    clipped, total = call(grads, 2.0)
    check_norm(total, grads, 2.0)
    check_clipped(clipped, grads, 2.0)


def test_clipped_norm_is_max_norm():
    """After clipping, the global norm of the result is max_norm (to about 1e-6)"""
    grads = mixed(2, scale=10.0)
    clipped, _ = call(grads, 1.0)
    check_clipped(clipped, grads, 1.0)
    after = float(np.sqrt(sum(np.sum(c * c) for c in clipped)))
    assert abs(after - 1.0) < 1e-5, f"the global norm after clipping is {after:.6g}; it should be max_norm = 1"


@pytest.mark.parametrize("max_norm", [0.5, 5.0, 50.0])
def test_matches_rule(max_norm):
    """Matches the rule for arrays of shapes (5,), (3, 4), (2, 3, 2) with max_norm={max_norm}"""
    grads = mixed(3)
    clipped, total = call(grads, max_norm)
    check_norm(total, grads, max_norm)
    check_clipped(clipped, grads, max_norm)


def test_tiny_gradients_use_the_epsilon():
    """Tiny gradients (norm 5e-7, max_norm 1e-7): the factor is max_norm / (total_norm + 1e-6)"""
    grads = [np.array([3e-7, 4e-7])]
    clipped, total = call(grads, 1e-7)
    check_norm(total, grads, 1e-7)
    check_clipped(clipped, grads, 1e-7)
    assert_close(clipped[0], [2e-8, 8e-8 / 3], rtol=RTOL, atol=1e-15, name="clipped[0]")


def test_zero_gradients():
    """All-zero gradients: norm 0, nothing to clip, and no division by zero"""
    grads = [np.zeros(3), np.zeros((2, 2))]
    clipped, total = call(grads, 1.0)
    assert_close(total, 0.0, atol=1e-12, name="total_norm")
    for i, c in enumerate(clipped):
        assert_close(c, np.zeros(grads[i].shape), atol=1e-12, name=f"clipped[{i}]")


def test_large_gradients():
    """Gradients around 1e4 are clipped to max_norm=1 without overflow"""
    grads = mixed(4, scale=1e4)
    clipped, total = call(grads, 1.0)
    check_norm(total, grads, 1.0)
    check_clipped(clipped, grads, 1.0)


def test_inputs_unchanged():
    """The gradient arrays passed in are left unchanged"""
    grads = mixed(5, scale=3.0)
    copies = [g.copy() for g in grads]
    clip_grad_norm(copies, 1.0)
    for i, (now, before) in enumerate(zip(copies, grads)):
        assert np.array_equal(now, before), (
            f"clip_grad_norm changed the caller's grads[{i}]; return new arrays instead. "
            "`g *= scale` writes into the caller's array; `g * scale` makes a new one"
        )


@pytest.mark.parametrize("max_norm", [1.0, 100.0])
def test_returns_new_arrays(max_norm):
    """The clipped arrays are new arrays, even when nothing needs clipping (max_norm={max_norm})"""
    grads = mixed(6)
    out = clip_grad_norm(grads, max_norm)
    for i, (c, g) in enumerate(zip(out[0], grads)):
        assert not np.shares_memory(np.asarray(c), g), (
            f"clipped[{i}] is (or shares memory with) the caller's grads[{i}]: return new arrays, "
            "also when no clipping is needed (e.g. g * scale with scale = 1, or g.copy())"
        )
