import math

import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, assert_finite
from solution import gmm_e_step

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
RESP_TOL = dict(rtol=1e-5, atol=1e-7)
LL_TOL = dict(rtol=1e-6, atol=1e-6)


def reference(X, weights, means, covariances):
    """Point by point: log w_k + log N with an explicit inverse, then a Python log-sum-exp."""
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    K = len(weights)
    resp = np.zeros((n, K))
    total = 0.0
    for i in range(n):
        logs = []
        for k in range(K):
            diff = X[i] - means[k]
            quad = float(diff @ np.linalg.inv(covariances[k]) @ diff)
            logdet = np.linalg.slogdet(covariances[k])[1]
            logs.append(math.log(weights[k]) - 0.5 * (d * math.log(2 * math.pi) + logdet + quad))
        top = max(logs)
        lse = top + math.log(math.fsum(math.exp(v - top) for v in logs))
        resp[i] = [math.exp(v - lse) for v in logs]
        total += lse
    return resp, total


def random_spd(rng, d, scale=1.0):
    A = rng.normal(size=(d, d))
    return scale * (A @ A.T / d + 0.3 * np.eye(d))


def make_case(seed, n, d, K, spread=3.0):
    rng = np.random.default_rng(seed)
    w = rng.uniform(0.5, 2.0, size=K)
    means = rng.normal(size=(K, d)) * spread
    covs = np.stack([random_spd(rng, d, rng.uniform(0.5, 2.0)) for _ in range(K)])
    X = means[rng.integers(0, K, size=n)] + rng.normal(size=(n, d)) * 1.5
    return X, w / w.sum(), means, covs


def run(X, weights, means, covariances):
    result = gmm_e_step(X.copy(), weights.copy(), means.copy(), covariances.copy())
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise AssertionError(f"gmm_e_step should return the pair (resp, log_likelihood), got {type(result).__name__}")
    resp, ll = result
    return as_array(resp, "resp", shape=(len(X), len(weights))), as_scalar(ll, "log_likelihood")


CASES = {
    "n=30, d=2, K=3": make_case(0, 30, 2, 3),
    "n=25, d=5, K=4": make_case(1, 25, 5, 4),
    "n=10, d=3, K=1": make_case(2, 10, 3, 1),
    "n=40, d=1, K=2": make_case(3, 40, 1, 2),
}

EX = (np.array([[0.0], [2.0]]), np.array([0.5, 0.5]), np.array([[0.0], [2.0]]), np.array([[[1.0]], [[1.0]]]))


def test_worked_example():
    """Components at 0 and 2, points 0 and 2: resp = [[s(2), s(-2)], [s(-2), s(2)]], ll = -2.97032"""
    resp, ll = run(*EX)
    s = 1 / (1 + math.exp(-2))
    assert_close(resp, [[s, 1 - s], [1 - s, s]], **RESP_TOL, name="resp")
    assert_close(ll, 2 * math.log(0.5 * (1 + math.exp(-2)) / math.sqrt(2 * math.pi)), **LL_TOL, name="log_likelihood")


@pytest.mark.parametrize("case", CASES)
def test_matches_definition(case):
    """Responsibilities and log-likelihood match the formulas, point by point ({case})"""
    X, w, means, covs = CASES[case]
    resp, ll = run(X, w, means, covs)
    resp_ref, ll_ref = reference(X, w, means, covs)
    assert_close(resp, resp_ref, **RESP_TOL, name="resp")
    assert_close(ll, ll_ref, **LL_TOL, name="log_likelihood")


def test_rows_sum_to_one():
    """Every row of resp sums to 1 and lies in [0, 1]"""
    X, w, means, covs = CASES["n=25, d=5, K=4"]
    resp, _ = run(X, w, means, covs)
    assert_close(resp.sum(axis=1), np.ones(len(X)), rtol=0, atol=1e-6, name="row sums of resp")
    inside = bool(np.all((resp >= 0) & (resp <= 1 + 1e-9)))
    assert inside, f"responsibilities are probabilities, but resp has entries from {resp.min():.6g} to {resp.max():.6g}"


def test_single_component():
    """K = 1: every responsibility is 1 and the log-likelihood is the sum of log N(x_i)"""
    X, w, means, covs = CASES["n=10, d=3, K=1"]
    resp, ll = run(X, w, means, covs)
    assert_close(resp, np.ones((10, 1)), **RESP_TOL, name="resp")
    assert_close(ll, reference(X, w, means, covs)[1], **LL_TOL, name="log_likelihood")


def test_far_points_underflow():
    """Points where every density underflows to 0 get finite, correct resp and log-likelihood"""
    means = np.array([[0.0, 0.0], [3.0, 1.0], [-2.0, 4.0]])
    covs = np.stack([np.eye(2), np.array([[2.0, 0.5], [0.5, 1.0]]), np.array([[0.5, -0.2], [-0.2, 0.8]])])
    w = np.array([0.2, 0.5, 0.3])
    X = np.array([[50.0, 0.0], [-40.0, 30.0], [1000.0, -2000.0], [0.0, 3000.0], [1.0, 1.0]])
    resp, ll = run(X, w, means, covs)
    assert_finite(resp, "resp for far points")
    assert_finite(ll, "log_likelihood for far points")
    resp_ref, ll_ref = reference(X, w, means, covs)
    assert_close(resp, resp_ref, **RESP_TOL, name="resp for far points")
    assert_close(ll, ll_ref, **LL_TOL, name="log_likelihood for far points")


def test_second_example_far_point():
    """x = 50 between components at 0 and 2 (both densities underflow): resp = [~0, 1], ll = -1153.61209"""
    resp, ll = run(np.array([[50.0]]), *EX[1:])
    assert_finite(resp, "resp at x = 50")
    assert_close(resp, [[2.748785010048e-43, 1.0]], **RESP_TOL, name="resp at x = 50")
    assert_close(ll, -1153.6120857137646, **LL_TOL, name="log_likelihood at x = 50")


def test_full_covariance():
    """Off-diagonal covariance entries count: a correlated component claims points along its diagonal"""
    means = np.zeros((2, 2))
    covs = np.stack([np.array([[1.0, 0.9], [0.9, 1.0]]), np.eye(2)])
    w = np.array([0.5, 0.5])
    X = np.array([[1.5, 1.5], [1.5, -1.5], [-2.0, -1.8], [0.3, -0.4]])
    resp, ll = run(X, w, means, covs)
    resp_ref, ll_ref = reference(X, w, means, covs)
    assert_close(resp, resp_ref, **RESP_TOL, name="resp")
    assert_close(ll, ll_ref, **LL_TOL, name="log_likelihood")


def test_quadratic_form_uses_the_inverse():
    """Covariances of determinant 1: the distance term is (x - mu)^T Sigma^-1 (x - mu)"""
    means = np.array([[0.0, 0.0], [1.0, -1.0]])
    covs = np.stack([np.array([[2.0, 0.5], [0.5, 0.625]]), np.array([[0.25, 0.0], [0.0, 4.0]])])   # det = 1 each
    w = np.array([0.5, 0.5])
    X = np.array([[1.0, 1.0], [2.0, -0.5], [-1.0, 3.0], [0.5, 0.0]])
    resp, ll = run(X, w, means, covs)
    resp_ref, ll_ref = reference(X, w, means, covs)
    assert_close(resp, resp_ref, **RESP_TOL, name="resp")
    assert_close(ll, ll_ref, **LL_TOL, name="log_likelihood")


def test_weights_count():
    """Identical components split each point by their weights [0.1, 0.6, 0.3]"""
    means = np.tile(np.array([[1.0, -1.0]]), (3, 1))
    covs = np.tile(np.array([[2.0, 0.3], [0.3, 1.0]]), (3, 1, 1))
    w = np.array([0.1, 0.6, 0.3])
    X = np.random.default_rng(5).normal(size=(6, 2))
    resp, ll = run(X, w, means, covs)
    assert_close(resp, np.tile(w, (6, 1)), **RESP_TOL, name="resp")
    assert_close(ll, reference(X, w, means, covs)[1], **LL_TOL, name="log_likelihood")


def test_tiny_weight():
    """A weight of 1e-20 counts with its exact log: at x = 8 it still gets responsibility 0.00235"""
    w = np.array([1e-20, 1.0])
    means = np.array([[0.0], [20.0]])
    covs = np.ones((2, 1, 1))
    X = np.array([[8.0], [7.0], [10.0]])
    resp, ll = run(X, w, means, covs)
    resp_ref, ll_ref = reference(X, w, means, covs)
    assert_close(resp, resp_ref, **RESP_TOL, name="resp")
    assert_close(ll, ll_ref, **LL_TOL, name="log_likelihood")


def test_log_likelihood_is_a_sum():
    """The log-likelihood adds over points: the data twice over gives twice the value"""
    X, w, means, covs = CASES["n=30, d=2, K=3"]
    _, ll1 = run(X, w, means, covs)
    _, ll2 = run(np.vstack([X, X]), w, means, covs)
    assert_close(ll2, 2 * reference(X, w, means, covs)[1], **LL_TOL, name="log_likelihood of the data twice over")
    assert_close(ll1, reference(X, w, means, covs)[1], **LL_TOL, name="log_likelihood")


def test_small_and_large_covariance_scales():
    """Covariances of scale 1e-4 and 1e4 in 3-D: log det is handled exactly"""
    rng = np.random.default_rng(6)
    means = rng.normal(size=(2, 3))
    covs = np.stack([random_spd(rng, 3, 1e-4), random_spd(rng, 3, 1e4)])
    w = np.array([0.7, 0.3])
    X = np.vstack([means[0] + 0.01 * rng.normal(size=(4, 3)), means[1] + 100 * rng.normal(size=(4, 3))])
    resp, ll = run(X, w, means, covs)
    resp_ref, ll_ref = reference(X, w, means, covs)
    assert_close(resp, resp_ref, **RESP_TOL, name="resp")
    assert_close(ll, ll_ref, **LL_TOL, name="log_likelihood")


def test_mismatched_shapes():
    """K or d that disagree between the inputs raise ValueError"""
    X, w, means, covs = CASES["n=30, d=2, K=3"]
    with pytest.raises(ValueError):
        gmm_e_step(X, w[:2] / w[:2].sum(), means, covs)           # 2 weights, 3 components
    with pytest.raises(ValueError):
        gmm_e_step(X, w, means[:2], covs)                          # 2 means
    with pytest.raises(ValueError):
        gmm_e_step(X[:, :1], w, means, covs)                       # d = 1 points, d = 2 components


def test_inputs_unchanged():
    """X, weights, means and covariances are left unchanged"""
    X, w, means, covs = CASES["n=25, d=5, K=4"]
    args = [X.copy(), w.copy(), means.copy(), covs.copy()]
    gmm_e_step(*args)
    for name, before, after in zip(["X", "weights", "means", "covariances"], (X, w, means, covs), args):
        assert np.array_equal(after, before), f"gmm_e_step changed the caller's {name}"
