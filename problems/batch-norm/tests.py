import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import batch_norm_backward, batch_norm_train

RTOL, ATOL = 1e-6, 1e-8

X = np.array([[1.0, 2.0], [3.0, 2.0], [8.0, 5.0]])
G2, B2 = np.array([1.0, 2.0]), np.array([0.0, 1.0])


def ref_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    var = ((x - mu) ** 2).mean(axis=0)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


_rng = np.random.default_rng(0)
CASES = {
    "N=8, D=3": _rng.normal(size=(8, 3)) * 2 + 1,
    "N=3, D=5": _rng.normal(size=(3, 5)) * 2 - 1,
    "N=4, D=4": _rng.normal(size=(4, 4)) * 3,
}
PARAMS = {d: (_rng.normal(size=d) + 1.0, _rng.normal(size=d)) for d in (3, 4, 5)}


def seq(got, n, func, names):
    if got is None:
        raise AssertionError(f"{func} returned None: did it forget to `return {', '.join(names)}`?")
    if not isinstance(got, (tuple, list)) or len(got) != n:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"{func} should return the {n} values ({', '.join(names)}), got {what}")
    return got


def vector(value, name, d):
    arr = as_array(value, name)
    if arr.shape != (d,):
        raise AssertionError(
            f"{name} has shape {arr.shape}, expected ({d},), one value per feature"
            + (": drop keepdims=True (or take [0])" if arr.shape == (1, d) else "")
        )
    return arr


def forward(x, gamma, beta, **kw):
    out, mean, var = seq(batch_norm_train(x.copy(), gamma.copy(), beta.copy(), **kw), 3, "batch_norm_train", ["out", "mean", "var"])
    out = as_array(out, "out")
    if out.shape != x.shape:
        raise AssertionError(f"out has shape {out.shape}, expected the shape of x, {x.shape}")
    d = x.shape[1]
    return out, vector(mean, "mean", d), vector(var, "var", d)


def diagnose_forward(out, x, gamma, beta, eps=1e-5):
    if np.allclose(out, ref_forward(x, gamma, beta, eps), rtol=RTOL, atol=ATOL):
        return
    n = x.shape[0]
    mu = x.mean(axis=0)
    var = ((x - mu) ** 2).mean(axis=0)
    if n > 1 and np.allclose(out, gamma * (x - mu) / np.sqrt(var * n / (n - 1) + eps) + beta, rtol=1e-5, atol=1e-7):
        raise AssertionError("out uses the unbiased variance (divided by N - 1); batch norm in training divides by N")
    if np.allclose(out, gamma * (x - mu) / (np.sqrt(var) + eps) + beta, rtol=1e-5, atol=1e-7):
        raise AssertionError("eps is added to the standard deviation, sqrt(var) + eps; it belongs inside the root: sqrt(var + eps)")
    mu1 = x.mean(axis=1, keepdims=True)
    var1 = ((x - mu1) ** 2).mean(axis=1, keepdims=True)
    if np.allclose(out, gamma * (x - mu1) / np.sqrt(var1 + eps) + beta, rtol=1e-5, atol=1e-7):
        raise AssertionError("out normalises each row over its features (that is layer norm); batch norm normalises each column over the batch, axis 0")


def backward(dout, x, gamma, **kw):
    dx, dgamma, dbeta = seq(batch_norm_backward(dout.copy(), x.copy(), gamma.copy(), **kw), 3, "batch_norm_backward",
                            ["dx", "dgamma", "dbeta"])
    dx = as_array(dx, "dx")
    if dx.shape != x.shape:
        raise AssertionError(f"dx has shape {dx.shape}, expected the shape of x, {x.shape}")
    d = x.shape[1]
    return dx, vector(dgamma, "dgamma", d), vector(dbeta, "dbeta", d)


def diagnose_dx(dx, dout, x, gamma, eps=1e-5):
    std = np.sqrt(x.var(axis=0) + eps)
    if np.allclose(dx, dout * gamma / std, rtol=1e-4, atol=1e-6):
        raise AssertionError(
            "dx equals dout * gamma / std, the gradient as if the batch mean and variance were constants. They depend "
            "on every example: dx = (g - mean(g) - xhat * mean(g * xhat)) / std with g = dout * gamma, means over axis 0"
        )


def numeric_grads(x, gamma, beta, dout, eps=1e-5):
    return {
        "dx": numerical_gradient(lambda v: float(np.sum(ref_forward(v, gamma, beta, eps) * dout)), x),
        "dgamma": numerical_gradient(lambda v: float(np.sum(ref_forward(x, v, beta, eps) * dout)), gamma),
        "dbeta": numerical_gradient(lambda v: float(np.sum(ref_forward(x, gamma, v, eps) * dout)), beta),
    }


# ---------- forward ----------


def test_forward_worked_example():
    """Forward pass of the worked example: out, mean and var"""
    out, mean, var = forward(X, G2, B2)
    assert_close(mean, [4.0, 3.0], rtol=RTOL, atol=ATOL, name="mean")
    if np.allclose(var, [13.0, 3.0]):
        raise AssertionError("var is [13, 3], the unbiased variance (divided by N - 1 = 2); return the biased one, [8.6667, 2]")
    assert_close(var, [26 / 3, 2.0], rtol=RTOL, atol=ATOL, name="var")
    diagnose_forward(out, X, G2, B2)
    expected = [[-1.01904874, -0.41421003], [-0.33968291, -0.41421003], [1.35873166, 3.82842005]]
    assert_close(out, expected, rtol=1e-6, atol=1e-8, name="out")


@pytest.mark.parametrize("case", CASES)
def test_forward_matches_reference(case):
    """out, mean and var match a direct computation over axis 0 ({case})"""
    x = CASES[case]
    gamma, beta = PARAMS[x.shape[1]]
    out, mean, var = forward(x, gamma, beta)
    diagnose_forward(out, x, gamma, beta)
    assert_close(mean, x.mean(axis=0), rtol=RTOL, atol=ATOL, name="mean")
    assert_close(var, x.var(axis=0), rtol=RTOL, atol=ATOL, name="var")
    assert_close(out, ref_forward(x, gamma, beta), rtol=RTOL, atol=ATOL, name="out")


def test_forward_columns_standardised():
    """With gamma = 1, beta = 0 every column gets mean 0 and variance about 1"""
    x = CASES["N=8, D=3"] * 5 + 7
    out, _, _ = forward(x, np.ones(3), np.zeros(3))
    means, variances = out.mean(axis=0), out.var(axis=0)
    assert np.allclose(means, 0, atol=1e-9), f"each column of out should have mean 0, got {means}"
    assert np.allclose(variances, 1, atol=1e-4), f"each column of out should have variance about 1, got {variances}"


def test_forward_eps_inside_the_root():
    """eps goes inside the square root (features of tiny variance, and eps = 0.1)"""
    x = np.random.default_rng(1).normal(size=(5, 3)) * 1e-3
    for eps in (1e-5, 0.1):
        out, _, _ = forward(x, np.ones(3), np.zeros(3), eps=eps)
        diagnose_forward(out, x, np.ones(3), np.zeros(3), eps)
        assert_close(out, ref_forward(x, np.ones(3), np.zeros(3), eps), rtol=RTOL, atol=ATOL, name=f"out with eps={eps}")


def test_forward_batch_of_one():
    """A batch of one example: var 0, out equals beta, no nan"""
    x = np.array([[2.0, -1.0, 4.0]])
    beta = np.array([0.5, 0.0, -2.0])
    out, mean, var = forward(x, np.array([3.0, 1.0, 2.0]), beta)
    assert_finite(out, "out for N = 1")
    assert_finite(var, "var for N = 1")
    assert_close(var, [0.0, 0.0, 0.0], atol=1e-12, name="var for N = 1")
    assert_close(mean, x[0], rtol=RTOL, atol=ATOL, name="mean for N = 1")
    assert_close(out, beta[None, :], rtol=RTOL, atol=1e-8, name="out for N = 1")


def test_forward_large_offset():
    """Accurate for features like 1e6 + noise (the variance must not cancel)"""
    x = 1e6 + np.random.default_rng(2).normal(size=(16, 3))
    out, _, var = forward(x, np.ones(3), np.zeros(3))
    assert_finite(out, "out for 1e6 + noise")
    # The variance first: it is where cancellation would show, and it says nothing about eps.
    assert_close(var, x.var(axis=0), rtol=1e-6, atol=1e-8, name="var for 1e6 + noise")
    assert_close(out, ref_forward(x, np.ones(3), np.zeros(3)), rtol=1e-6, atol=1e-6, name="out for 1e6 + noise")


# ---------- backward ----------


def test_backward_worked_example():
    """Backward of the worked example"""
    dout = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]])
    dx, dgamma, dbeta = backward(dout, X, G2)
    diagnose_dx(dx, dout, X, G2)
    assert_close(dx, [[0.10887286, 0.0], [-0.15242178, 0.0], [0.04354891, 0.0]], rtol=1e-6, atol=1e-8, name="dx")
    assert_close(dgamma, [-1.01904874, 0.0], rtol=1e-6, atol=1e-8, name="dgamma")
    assert_close(dbeta, [1.0, 0.0], rtol=RTOL, atol=ATOL, name="dbeta")


def test_backward_constant_upstream():
    """A constant dout gives dx = 0 and dgamma = 0 (out's column sums do not depend on x)"""
    dx, dgamma, dbeta = backward(np.ones((3, 2)), X, G2)
    diagnose_dx(dx, np.ones((3, 2)), X, G2)
    assert_close(dx, np.zeros((3, 2)), atol=1e-8, name="dx for dout = ones")
    assert_close(dgamma, [0.0, 0.0], atol=1e-8, name="dgamma for dout = ones")
    if np.allclose(dbeta, [1.0, 1.0]):
        raise AssertionError("dbeta is the mean of dout over the batch; it is the sum: beta is added to every row")
    assert_close(dbeta, [3.0, 3.0], rtol=RTOL, atol=ATOL, name="dbeta for dout = ones")


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("which", ["dx", "dgamma", "dbeta"])
def test_backward_matches_finite_differences(which, case):
    """{which} matches finite differences of sum(out * dout) ({case})"""
    x = CASES[case]
    gamma, beta = PARAMS[x.shape[1]]
    dout = np.random.default_rng(3).normal(size=x.shape)
    numeric = numeric_grads(x, gamma, beta, dout)[which]
    got = dict(zip(["dx", "dgamma", "dbeta"], backward(dout, x, gamma)))
    if which == "dx":
        diagnose_dx(got["dx"], dout, x, gamma)
    assert_close(got[which], numeric, rtol=1e-4, atol=1e-6, name=which)


def test_backward_with_custom_eps():
    """Backward uses eps like the forward pass (eps = 0.1, features of small variance)"""
    x = np.random.default_rng(5).normal(size=(5, 3)) * 0.3
    gamma, beta = np.array([1.0, -2.0, 0.5]), np.zeros(3)
    dout = np.random.default_rng(6).normal(size=x.shape)
    numeric = numeric_grads(x, gamma, beta, dout, eps=0.1)
    dx, dgamma, _ = backward(dout, x, gamma, eps=0.1)
    assert_close(dx, numeric["dx"], rtol=1e-4, atol=1e-6, name="dx with eps=0.1")
    assert_close(dgamma, numeric["dgamma"], rtol=1e-4, atol=1e-6, name="dgamma with eps=0.1")


def test_backward_columns_of_dx_sum_to_zero():
    """Each column of dx sums to 0 (shifting a feature for the whole batch changes nothing)"""
    x = CASES["N=8, D=3"]
    dout = np.random.default_rng(7).normal(size=x.shape)
    dx, _, _ = backward(dout, x, PARAMS[3][0])
    sums = dx.sum(axis=0)
    if not np.allclose(sums, 0, atol=1e-9):
        raise AssertionError(
            f"the columns of dx sum to {np.round(sums, 6)}, not 0. Adding a constant to one feature of every example "
            "does not change batch norm's output, so you are missing the path through the batch mean (or used the wrong axis)"
        )


def test_does_not_modify_inputs():
    """Forward and backward leave their inputs unchanged"""
    x = CASES["N=8, D=3"].copy()
    gamma, beta = PARAMS[3][0].copy(), PARAMS[3][1].copy()
    dout = np.ones_like(x)
    batch_norm_train(x, gamma, beta)
    batch_norm_backward(dout, x, gamma)
    assert np.array_equal(x, CASES["N=8, D=3"]), "x was changed by batch_norm_train or batch_norm_backward"
    assert np.array_equal(gamma, PARAMS[3][0]) and np.array_equal(beta, PARAMS[3][1]), "gamma or beta was changed"
    assert np.array_equal(dout, np.ones_like(x)), "batch_norm_backward changed the caller's dout"
