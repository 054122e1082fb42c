import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import layer_norm, layer_norm_backward

RTOL, ATOL = 1e-6, 1e-8

X = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0]])


def ref_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


def ref_xhat(x, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(((x - mu) ** 2).mean(axis=-1, keepdims=True) + eps)


_rng = np.random.default_rng(0)
D = 5
GAMMA = _rng.normal(size=D) + 1.0
BETA = _rng.normal(size=D)
SHAPES = {
    "x of shape (5,)": _rng.normal(size=5) * 2 + 1,
    "x of shape (3, 5)": _rng.normal(size=(3, 5)) * 2 + 1,
    "x of shape (5, 5)": _rng.normal(size=(5, 5)) * 2 + 1,
    "x of shape (2, 3, 5)": _rng.normal(size=(2, 3, 5)) * 2 + 1,
}


def forward(x, gamma=GAMMA, beta=BETA, **kw):
    got = as_array(layer_norm(x.copy(), gamma.copy(), beta.copy(), **kw), "layer_norm(x, gamma, beta)")
    if got.shape != x.shape:
        raise AssertionError(f"the output has shape {got.shape}, expected the shape of x, {x.shape}")
    return got


def unpack(got):
    if got is None:
        raise AssertionError("layer_norm_backward returned None: did it forget to `return dx, dgamma, dbeta`?")
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"layer_norm_backward should return the three gradients (dx, dgamma, dbeta), got {what}")
    return got


def backward(dout, x, gamma, **kw):
    dx, dgamma, dbeta = unpack(layer_norm_backward(dout.copy(), x.copy(), gamma.copy(), **kw))
    dx = as_array(dx, "dx")
    if dx.shape != x.shape:
        raise AssertionError(f"dx has shape {dx.shape}, expected the shape of x, {x.shape}")
    d = x.shape[-1]
    out = [dx]
    for name, value in (("dgamma", dgamma), ("dbeta", dbeta)):
        arr = as_array(value, name)
        if arr.shape != (d,):
            how = {"dgamma": "(dout * xhat)", "dbeta": "dout"}[name]
            where = (
                f"for a 1-D input there is no leading axis: {name} = {how} itself" if x.ndim == 1
                else f"sum over every leading axis (here the first {x.ndim - 1}), e.g. {how}.reshape(-1, D).sum(axis=0)"
            )
            raise AssertionError(f"{name} has shape {arr.shape}, expected the shape of gamma, ({d},): {where}")
        out.append(arr)
    return out


def loss_grads(x, gamma, beta, dout, eps=1e-5):
    """Finite-difference gradients of sum(layer_norm(...) * dout)."""
    return {
        "dx": numerical_gradient(lambda v: float(np.sum(ref_forward(v, gamma, beta, eps) * dout)), x),
        "dgamma": numerical_gradient(lambda v: float(np.sum(ref_forward(x, v, beta, eps) * dout)), gamma),
        "dbeta": numerical_gradient(lambda v: float(np.sum(ref_forward(x, gamma, v, eps) * dout)), beta),
    }


# ---------- forward ----------


def test_forward_worked_example():
    """Forward pass of the worked example (a constant row gives beta)"""
    got = forward(X, np.ones(4), np.zeros(4))
    expected = [[-1.3416354199, -0.4472118066, 0.4472118066, 1.3416354199], [0.0, 0.0, 0.0, 0.0]]
    assert_close(got, expected, rtol=1e-6, atol=1e-8, name="layer_norm(x, ones(4), zeros(4))")


def test_forward_gamma_beta():
    """Forward pass applies gamma and beta per feature"""
    gamma, beta = np.array([1.0, 1.0, 2.0, 2.0]), np.array([0.0, 0.0, 0.0, 10.0])
    got = forward(X, gamma, beta)
    assert_close(got, ref_forward(X, gamma, beta), rtol=RTOL, atol=ATOL, name="layer_norm(x, gamma, beta)")


@pytest.mark.parametrize("shape", SHAPES)
def test_forward_any_shape(shape):
    """Forward pass normalises over the last axis for {shape}"""
    x = SHAPES[shape]
    got = forward(x)
    assert_close(got, ref_forward(x, GAMMA, BETA), rtol=RTOL, atol=ATOL, name="layer_norm(x, gamma, beta)")


def test_forward_zero_mean_unit_variance():
    """With gamma = 1 and beta = 0, each vector gets mean 0 and (biased) variance about 1"""
    x = SHAPES["x of shape (3, 5)"] * 10
    got = forward(x, np.ones(D), np.zeros(D))
    means, variances = got.mean(axis=-1), got.var(axis=-1)
    assert np.allclose(means, 0, atol=1e-9), f"each row should have mean 0 after normalising, got means {means}"
    if np.allclose(variances, (D - 1) / D, atol=1e-5):
        raise AssertionError(
            f"each row has variance (D-1)/D = {(D - 1) / D}, not 1: the rows were divided by the unbiased std "
            "(ddof=1, divide by D - 1); layer norm's variance divides by D"
        )
    assert np.allclose(variances, 1, atol=1e-4), f"each row should have variance about 1 after normalising, got {variances}"


def test_forward_eps_inside_the_root():
    """eps goes inside the square root (rows of tiny variance, and eps = 0.1)"""
    x = np.random.default_rng(1).normal(size=(3, 6)) * 1e-3
    for eps in (1e-5, 0.1):
        got = forward(x, np.ones(6), np.zeros(6), eps=eps)
        assert_close(got, ref_forward(x, np.ones(6), np.zeros(6), eps), rtol=RTOL, atol=ATOL, name=f"layer_norm(x, eps={eps})")


def test_forward_constant_vector():
    """A constant vector gives exactly beta, with no nan"""
    x = np.full((2, 4), 3.0)
    got = forward(x, np.array([2.0, -1.0, 0.5, 1.0]), np.array([0.1, 0.2, 0.3, 0.4]))
    assert_finite(got, "layer_norm of a constant vector")
    assert_close(got, np.tile([0.1, 0.2, 0.3, 0.4], (2, 1)), rtol=RTOL, atol=1e-8, name="layer_norm of a constant vector")


def test_forward_large_offset():
    """Accurate for vectors like 1e6 + noise (the variance must not cancel)"""
    x = 1e6 + np.random.default_rng(2).normal(size=(4, 8))
    got = forward(x, np.ones(8), np.zeros(8))
    assert_finite(got, "layer_norm(1e6 + noise)")
    # Any error in the formula shows here too (eps outside the root does): no cause is named.
    assert_close(got, ref_forward(x, np.ones(8), np.zeros(8)), rtol=1e-6, atol=1e-6, name="layer_norm(1e6 + noise)")


# ---------- backward ----------


def test_backward_returns_three():
    """Backward returns (dx, dgamma, dbeta) with the shapes of x, gamma and beta"""
    backward(np.ones((2, 4)), X, np.ones(4))


def test_backward_worked_example():
    """Backward of the worked example"""
    dx, dgamma, dbeta = backward(np.ones((2, 4)), X, np.ones(4))
    assert_close(dx, np.zeros((2, 4)), atol=1e-8, name="dx for dout = ones")
    assert_close(dgamma, [-1.3416354199, -0.4472118066, 0.4472118066, 1.3416354199], rtol=1e-6, atol=1e-8, name="dgamma")
    assert_close(dbeta, [2.0, 2.0, 2.0, 2.0], rtol=RTOL, atol=ATOL, name="dbeta")
    dout = np.array([[0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0]])
    dx, _, _ = backward(dout, X, np.ones(4))
    assert_close(dx, [[0.1788815, -0.08944343, -0.35776837, 0.2683303], [0, 0, 0, 0]], rtol=1e-6, atol=1e-8, name="dx")


@pytest.mark.parametrize("shape", SHAPES)
def test_backward_dx_finite_differences(shape):
    """dx matches finite differences for {shape}"""
    x = SHAPES[shape]
    dout = np.random.default_rng(3).normal(size=x.shape)
    numeric = loss_grads(x, GAMMA, BETA, dout)["dx"]
    dx, _, _ = backward(dout, x, GAMMA)
    assert_close(dx, numeric, rtol=1e-4, atol=1e-6, name="dx")


@pytest.mark.parametrize("which", ["dgamma", "dbeta"])
def test_backward_params_summed_over_leading_axes(which):
    """{which} matches finite differences for a (2, 3, 5) input: summed over both leading axes"""
    x = SHAPES["x of shape (2, 3, 5)"]
    dout = np.random.default_rng(4).normal(size=x.shape)
    numeric = loss_grads(x, GAMMA, BETA, dout)[which]
    got = dict(zip(["dx", "dgamma", "dbeta"], backward(dout, x, GAMMA)))[which]
    assert_close(got, numeric, rtol=1e-4, atol=1e-6, name=which)


def test_backward_with_custom_eps():
    """Backward uses eps like the forward pass (eps = 0.1, rows of small variance)"""
    x = np.random.default_rng(5).normal(size=(3, 4)) * 0.3
    gamma, beta = np.array([1.0, 2.0, -1.0, 0.5]), np.zeros(4)
    dout = np.random.default_rng(6).normal(size=x.shape)
    numeric = loss_grads(x, gamma, beta, dout, eps=0.1)
    dx, dgamma, _ = backward(dout, x, gamma, eps=0.1)
    assert_close(dx, numeric["dx"], rtol=1e-4, atol=1e-6, name="dx with eps=0.1")
    assert_close(dgamma, numeric["dgamma"], rtol=1e-4, atol=1e-6, name="dgamma with eps=0.1")


def test_backward_rows_of_dx_sum_to_zero():
    """Each vector of dx sums to 0 (layer norm ignores a constant shift of x)"""
    x = SHAPES["x of shape (3, 5)"]
    dout = np.random.default_rng(7).normal(size=x.shape)
    dx, _, _ = backward(dout, x, GAMMA)
    sums = dx.sum(axis=-1)
    if not np.allclose(sums, 0, atol=1e-9):
        raise AssertionError(
            f"the rows of dx sum to {np.round(sums, 6)}, not 0. Adding a constant to a vector does not change its "
            "layer norm, so the gradient has no component along (1, ..., 1): each row of dx sums to 0"
        )


def test_does_not_modify_inputs():
    """Forward and backward leave their inputs unchanged"""
    x, gamma, beta = SHAPES["x of shape (3, 5)"].copy(), GAMMA.copy(), BETA.copy()
    dout = np.ones_like(x)
    layer_norm(x, gamma, beta)
    layer_norm_backward(dout, x, gamma)
    assert np.array_equal(x, SHAPES["x of shape (3, 5)"]), "x was changed by layer_norm or layer_norm_backward"
    assert np.array_equal(gamma, GAMMA) and np.array_equal(beta, BETA), "gamma or beta was changed"
    assert np.array_equal(dout, np.ones_like(x)), "layer_norm_backward changed the caller's dout"
