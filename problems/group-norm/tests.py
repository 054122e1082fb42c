import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import group_norm

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
RTOL, ATOL = 1e-5, 1e-6

X = np.array([1.0, 1.0, 3.0, 3.0, 2.0, 6.0, 6.0, 2.0]).reshape(1, 4, 1, 2)


def reference(x, gamma, beta, groups, eps=1e-5):
    """A plain loop: for each sample and each group of consecutive channels, its own statistics."""
    n, c, h, w = x.shape
    size = c // groups
    out = np.empty(x.shape)
    for i in range(n):
        for k in range(groups):
            block = x[i, k * size:(k + 1) * size]
            values = [float(v) for v in block.ravel()]
            mu = sum(values) / len(values)
            var = sum((v - mu) ** 2 for v in values) / len(values)
            for ch in range(k * size, (k + 1) * size):
                out[i, ch] = gamma[ch] * (x[i, ch] - mu) / np.sqrt(var + eps) + beta[ch]
    return out


def params(c, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=c) + 1.0, rng.normal(size=c)


def run(x, gamma, beta, groups, **kw):
    got = as_array(group_norm(x.copy(), gamma.copy(), beta.copy(), groups, **kw), "group_norm(x, gamma, beta, num_groups)")
    if got.shape != x.shape:
        raise AssertionError(f"group_norm returned shape {got.shape}, expected the shape of x, {x.shape}")
    return got


_rng = np.random.default_rng(0)
CASES = {
    "x (2, 4, 3, 3), 2 groups": (_rng.normal(size=(2, 4, 3, 3)) * 2 + 1, 2),
    "x (1, 6, 2, 5), 3 groups": (_rng.normal(size=(1, 6, 2, 5)) * 3 - 2, 3),
    "x (3, 8, 4, 4), 4 groups": (_rng.normal(size=(3, 8, 4, 4)) + 0.5, 4),
    "x (2, 4, 3, 4), 2 groups (W = C)": (_rng.normal(size=(2, 4, 3, 4)) * 2, 2),
    "x (2, 6, 2, 2), 2 groups": (_rng.normal(size=(2, 6, 2, 2)) * 2 + 3, 2),
}


def test_worked_example():
    """Worked example: 4 channels in 2 groups give about [-1, -1], [1, 1], [-1, 1], [1, -1]"""
    got = run(X, np.ones(4), np.zeros(4), 2)
    a, b = 1 / np.sqrt(1 + 1e-5), 2 / np.sqrt(4 + 1e-5)
    want = np.array([[-a, -a], [a, a], [-b, b], [b, -b]]).reshape(1, 4, 1, 2)
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="group_norm(x, ones, zeros, 2)")


def test_worked_example_gamma_beta():
    """Worked example with gamma = [1, 2, 1, 0.5] and beta = [0, 0, 10, 0] (per channel)"""
    gamma, beta = np.array([1.0, 2.0, 1.0, 0.5]), np.array([0.0, 0.0, 10.0, 0.0])
    got = run(X, gamma, beta, 2)
    assert_close(got, reference(X, gamma, beta, 2), rtol=RTOL, atol=ATOL, name="group_norm(x, gamma, beta, 2)")


@pytest.mark.parametrize("case", CASES)
def test_matches_loop_reference(case):
    """Matches a per-sample, per-group loop ({case})"""
    x, groups = CASES[case]
    gamma, beta = params(x.shape[1], 1)
    assert_close(run(x, gamma, beta, groups), reference(x, gamma, beta, groups), rtol=RTOL, atol=ATOL, name="group_norm")


def test_one_group_is_layer_norm():
    """num_groups = 1 normalises each sample over all of (C, H, W)"""
    x = np.random.default_rng(2).normal(size=(3, 4, 2, 3)) * 2 + 1
    got = run(x, np.ones(4), np.zeros(4), 1)
    mu = x.mean(axis=(1, 2, 3), keepdims=True)
    want = (x - mu) / np.sqrt(x.var(axis=(1, 2, 3), keepdims=True) + 1e-5)
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="group_norm(x, ones, zeros, 1)")


def test_c_groups_is_instance_norm():
    """num_groups = C normalises each channel of each sample over (H, W)"""
    x = np.random.default_rng(3).normal(size=(2, 3, 4, 3)) * 2 - 1
    got = run(x, np.ones(3), np.zeros(3), 3)
    mu = x.mean(axis=(2, 3), keepdims=True)
    want = (x - mu) / np.sqrt(x.var(axis=(2, 3), keepdims=True) + 1e-5)
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="group_norm(x, ones, zeros, C)")


def test_groups_have_zero_mean_unit_variance():
    """With gamma = 1 and beta = 0, each group of each sample has mean 0 and (biased) variance about 1"""
    x = np.random.default_rng(4).normal(size=(2, 6, 3, 3)) * 5 + 2
    got = run(x, np.ones(6), np.zeros(6), 3).reshape(2, 3, -1)
    means, variances = got.mean(axis=-1), got.var(axis=-1)
    assert np.allclose(means, 0, atol=1e-6), f"each group should have mean 0, got means\n{means}"
    assert np.allclose(variances, 1, atol=1e-4), f"each group should have variance about 1, got\n{variances}"


def test_samples_are_independent():
    """Each sample is normalised on its own: changing sample 1 leaves sample 0's output unchanged"""
    x = np.random.default_rng(5).normal(size=(2, 4, 3, 3))
    gamma, beta = params(4, 6)
    first = run(x, gamma, beta, 2)[0]
    x2 = x.copy()
    x2[1] = x2[1] * 10 + 50
    second = run(x2, gamma, beta, 2)[0]
    assert_close(second, first, rtol=RTOL, atol=ATOL, name="output of sample 0 after changing sample 1")
    assert_close(second, reference(x2, gamma, beta, 2)[0], rtol=RTOL, atol=ATOL, name="output of sample 0")


@pytest.mark.parametrize("eps", [1e-5, 0.1])
def test_eps_inside_the_root(eps):
    """eps is added to the variance inside the square root (groups of small variance, eps = {eps})"""
    x = np.random.default_rng(7).normal(size=(2, 4, 2, 2)) * np.array([1e-3, 1e-3, 0.3, 0.3])[:, None, None]
    gamma, beta = params(4, 8)
    got = run(x, gamma, beta, 2, eps=eps)
    assert_close(got, reference(x, gamma, beta, 2, eps), rtol=RTOL, atol=ATOL, name=f"group_norm(..., eps={eps})")


def test_constant_group_gives_beta():
    """A constant group gives exactly beta for its channels, with no nan"""
    x = np.random.default_rng(9).normal(size=(1, 4, 3, 3))
    x[0, 0:2] = 7.5
    gamma, beta = params(4, 10)
    got = run(x, gamma, beta, 2)
    assert_finite(got, "group_norm with a constant group")
    assert_close(got[0, 0:2], np.broadcast_to(beta[0:2, None, None], (2, 3, 3)), rtol=RTOL, atol=ATOL,
                 name="channels 0 and 1 (a constant group)")
    assert_close(got, reference(x, gamma, beta, 2), rtol=RTOL, atol=ATOL, name="group_norm with a constant group")


def test_single_pixel_maps():
    """H = W = 1: each group normalises its C / G channel values"""
    x = np.array([[1.0, 3.0, -2.0, 0.0, 2.0, 6.0]]).reshape(1, 6, 1, 1)
    gamma, beta = params(6, 11)
    assert_close(run(x, gamma, beta, 2), reference(x, gamma, beta, 2), rtol=RTOL, atol=ATOL, name="group_norm on 1 x 1 maps")


@pytest.mark.parametrize("shape, groups", [((2, 6, 2, 2), 4), ((1, 4, 3, 3), 3), ((1, 4, 2, 2), 8)])
def test_indivisible_channels_raise(shape, groups):
    """C not divisible by num_groups raises ValueError (shape {shape}, num_groups = {groups})"""
    x = np.random.default_rng(12).normal(size=shape)
    with pytest.raises(ValueError):
        group_norm(x, np.ones(shape[1]), np.zeros(shape[1]), groups)


@pytest.mark.parametrize("which", ["x", "gamma", "beta"])
def test_does_not_modify_inputs(which):
    """Leaves {which} unchanged"""
    x = np.random.default_rng(13).normal(size=(2, 4, 3, 3))
    gamma, beta = params(4, 14)
    args = {"x": x, "gamma": gamma, "beta": beta}
    before = {k: v.copy() for k, v in args.items()}
    group_norm(x, gamma, beta, 2)
    assert np.array_equal(args[which], before[which]), f"group_norm changed the caller's {which}"
