import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import rms_norm, rms_norm_backward

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
RTOL, ATOL = 1e-5, 1e-7

X = np.array([[1.0, -1.0, 3.0, 5.0], [2.0, 2.0, 2.0, 2.0]])


def ref_forward(x, gamma, eps=1e-6):
    """A plain loop over the vectors: each divided by sqrt(mean of squares + eps), times gamma."""
    x = np.asarray(x, dtype=float)
    flat = x.reshape(-1, x.shape[-1])
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        r = np.sqrt(sum(v * v for v in row) / len(row) + eps)
        out[i] = [row[j] / r * gamma[j] for j in range(len(row))]
    return out.reshape(x.shape)


_rng = np.random.default_rng(0)
D = 5
GAMMA = _rng.normal(size=D) + 1.0
SHAPES = {
    "x of shape (5,)": _rng.normal(size=5) * 2 + 0.5,
    "x of shape (3, 5)": _rng.normal(size=(3, 5)) * 2 + 0.5,
    "x of shape (5, 5)": _rng.normal(size=(5, 5)) * 2 + 0.5,
    "x of shape (2, 3, 5)": _rng.normal(size=(2, 3, 5)) * 2 + 0.5,
}


def forward(x, gamma, **kw):
    got = as_array(rms_norm(x.copy(), gamma.copy(), **kw), "rms_norm(x, gamma)")
    if got.shape != x.shape:
        raise AssertionError(f"rms_norm(x, gamma) has shape {got.shape}, expected the shape of x, {x.shape}")
    return got


def backward(dout, x, gamma, dgamma_too=True, **kw):
    got = rms_norm_backward(dout.copy(), x.copy(), gamma.copy(), **kw)
    if got is None:
        raise AssertionError("rms_norm_backward returned None, expected the pair (dx, dgamma)")
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"rms_norm_backward should return the pair (dx, dgamma), got {what}")
    dx = as_array(got[0], "dx", shape=x.shape)
    dgamma = as_array(got[1], "dgamma", shape=(x.shape[-1],)) if dgamma_too else None
    return dx, dgamma


def fd_grads(x, gamma, dout, eps=1e-6):
    """Finite-difference gradients of sum(rms_norm(x, gamma) * dout)."""
    return (
        numerical_gradient(lambda v: float(np.sum(ref_forward(v, gamma, eps) * dout)), x),
        numerical_gradient(lambda v: float(np.sum(ref_forward(x, v, eps) * dout)), gamma),
    )


# ---------- forward ----------


def test_forward_worked_example():
    """Forward pass of the worked example: about [1/3, -1/3, 1, 5/3] and [1, 1, 1, 1]"""
    got = forward(X, np.ones(4))
    want = [[1 / np.sqrt(9 + 1e-6), -1 / np.sqrt(9 + 1e-6), 3 / np.sqrt(9 + 1e-6), 5 / np.sqrt(9 + 1e-6)],
            [2 / np.sqrt(4 + 1e-6)] * 4]
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="rms_norm(x, ones(4))")


def test_forward_gamma_per_feature():
    """Forward pass multiplies feature j by gamma[j] (gamma = [1, 2, 0.5, -1])"""
    gamma = np.array([1.0, 2.0, 0.5, -1.0])
    got = forward(X, gamma)
    assert_close(got, ref_forward(X, gamma), rtol=RTOL, atol=ATOL, name="rms_norm(x, [1, 2, 0.5, -1])")


@pytest.mark.parametrize("shape", SHAPES)
def test_forward_any_shape(shape):
    """Forward pass normalises over the last axis for {shape}"""
    x = SHAPES[shape]
    assert_close(forward(x, GAMMA), ref_forward(x, GAMMA), rtol=RTOL, atol=ATOL, name="rms_norm(x, gamma)")


def test_forward_no_centring():
    """The mean is not subtracted: a constant vector [c, c, c] gives about gamma (c = 3 and c = -0.5)"""
    gamma = np.array([2.0, -1.0, 0.5])
    x = np.array([[3.0, 3.0, 3.0], [-0.5, -0.5, -0.5]])
    want = np.array([gamma * 3 / np.sqrt(9 + 1e-6), gamma * -0.5 / np.sqrt(0.25 + 1e-6)])
    assert_close(forward(x, gamma), want, rtol=RTOL, atol=ATOL, name="rms_norm of constant vectors")


def test_forward_unit_rms():
    """With gamma = 1, every output vector has root mean square about 1"""
    x = SHAPES["x of shape (2, 3, 5)"] * 7
    got = forward(x, np.ones(D))
    rms = np.sqrt(np.mean(got * got, axis=-1))
    assert np.allclose(rms, 1.0, atol=1e-5), f"with gamma = 1 every vector's RMS should be about 1, got RMS values {rms}"


@pytest.mark.parametrize("eps", [1e-6, 0.1])
def test_forward_eps_inside_the_root(eps):
    """eps is added inside the square root (small vectors, eps = {eps})"""
    x = np.array([[3e-4, -4e-4], [1e-3, 2e-3]])
    if eps == 0.1:
        x = x * 300
    got = forward(x, np.ones(2), eps=eps)
    assert_close(got, ref_forward(x, np.ones(2), eps), rtol=RTOL, atol=ATOL, name=f"rms_norm(x, ones(2), eps={eps})")


def test_forward_zero_vector():
    """An all-zero vector gives exactly 0, with no nan"""
    x = np.zeros((2, 3))
    x[1] = [1.0, 0.0, -1.0]
    got = forward(x, np.array([2.0, -1.0, 0.5]))
    assert_finite(got, "rms_norm with an all-zero row")
    assert_close(got, ref_forward(x, np.array([2.0, -1.0, 0.5])), rtol=RTOL, atol=ATOL, name="rms_norm with an all-zero row")


def test_forward_large_and_scale_invariant():
    """Forward pass is finite and correct for entries up to 1e4"""
    base = np.random.default_rng(1).normal(size=(3, 6))
    x = base / np.abs(base).max() * 1e4
    got = forward(x, np.ones(6))
    assert_finite(got, "rms_norm(x) for |x| up to 1e4")
    assert_close(got, ref_forward(x, np.ones(6)), rtol=RTOL, atol=ATOL, name="rms_norm(x) for |x| up to 1e4")


# ---------- backward ----------


def test_backward_worked_example():
    """Backward of the worked example: dx row 0 about [7/27, 11/27, 1/9, -1/27], dgamma about [4/3, 2/3, 2, 8/3]"""
    dout = np.ones((2, 4))
    dx, dgamma = backward(dout, X, np.ones(4))
    num_dx, num_dgamma = fd_grads(X, np.ones(4), dout)
    assert_close(dx[0], [7 / 27, 11 / 27, 1 / 9, -1 / 27], rtol=1e-5, atol=1e-7, name="dx[0]")
    assert_close(dx, num_dx, rtol=1e-4, atol=1e-7, name="dx")
    assert_close(dgamma, num_dgamma, rtol=1e-5, atol=1e-7, name="dgamma")


@pytest.mark.parametrize("shape", SHAPES)
def test_backward_dx_finite_differences(shape):
    """dx matches finite differences for {shape}"""
    x = SHAPES[shape]
    dout = np.random.default_rng(3).normal(size=x.shape)
    num_dx, _ = fd_grads(x, GAMMA, dout)
    dx, _ = backward(dout, x, GAMMA, dgamma_too=False)
    assert_close(dx, num_dx, rtol=1e-4, atol=1e-6, name="dx")


@pytest.mark.parametrize("shape", ["x of shape (5,)", "x of shape (2, 3, 5)"])
def test_backward_dgamma_summed_over_leading_axes(shape):
    """dgamma matches finite differences for {shape}: summed over every leading axis"""
    x = SHAPES[shape]
    dout = np.random.default_rng(4).normal(size=x.shape)
    _, num_dgamma = fd_grads(x, GAMMA, dout)
    _, dgamma = backward(dout, x, GAMMA)
    assert_close(dgamma, num_dgamma, rtol=1e-4, atol=1e-6, name="dgamma")


def test_backward_with_custom_eps():
    """Backward uses eps like the forward pass (eps = 0.1, vectors of small RMS)"""
    x = np.random.default_rng(5).normal(size=(3, 4)) * 0.3
    gamma = np.array([1.0, 2.0, -1.0, 0.5])
    dout = np.random.default_rng(6).normal(size=x.shape)
    num_dx, num_dgamma = fd_grads(x, gamma, dout, eps=0.1)
    dx, dgamma = backward(dout, x, gamma, eps=0.1)
    assert_close(dx, num_dx, rtol=1e-4, atol=1e-6, name="dx with eps=0.1")
    assert_close(dgamma, num_dgamma, rtol=1e-4, atol=1e-6, name="dgamma with eps=0.1")


def test_backward_large_inputs():
    """Backward is finite and correct for entries up to 1e4"""
    base = np.random.default_rng(7).normal(size=(2, 5))
    x = base / np.abs(base).max() * 1e4
    dout = np.random.default_rng(8).normal(size=x.shape)
    dx, dgamma = backward(dout, x, GAMMA)
    assert_finite(dx, "dx for |x| up to 1e4")
    # The analytic gradient of the loop reference, written independently of the statement's formula.
    want = np.zeros_like(x)
    for n in range(x.shape[0]):
        r = np.sqrt(np.mean(x[n] ** 2) + 1e-6)
        jac = np.eye(D) / r - np.outer(x[n], x[n]) / (D * r ** 3)  # d(x_j / r) / d x_i, symmetric
        want[n] = jac @ (dout[n] * GAMMA)
    assert_close(dx, want, rtol=1e-4, atol=1e-10, name="dx for |x| up to 1e4")
    assert_close(dgamma, (dout * ref_forward(x, np.ones(D))).sum(axis=0), rtol=RTOL, atol=ATOL, name="dgamma")


def test_backward_dx_orthogonal_to_x():
    """dx is orthogonal to x (scaling a vector does not change its RMSNorm)"""
    x = SHAPES["x of shape (3, 5)"]
    dout = np.random.default_rng(9).normal(size=x.shape)
    dx, _ = backward(dout, x, GAMMA, dgamma_too=False)
    dots = np.sum(dx * x, axis=-1)
    scale = np.sum(np.abs(dx) * np.abs(x), axis=-1)
    assert np.all(np.abs(dots) <= 1e-5 * scale + 1e-9), (
        f"the dot products of the rows of dx with the rows of x are {dots}, expected about 0 "
        f"(relative to sum |dx * x| = {scale})"
    )


def test_single_feature():
    """D = 1: the output is about sign(x) * gamma and dx is about 0"""
    x = np.array([[2.0], [-0.5], [3.0]])
    gamma = np.array([1.5])
    dout = np.array([[1.0], [-2.0], [0.5]])
    assert_close(forward(x, gamma), ref_forward(x, gamma), rtol=RTOL, atol=ATOL, name="rms_norm for D = 1")
    dx, dgamma = backward(dout, x, gamma)
    num_dx, num_dgamma = fd_grads(x, gamma, dout)
    assert_close(dx, num_dx, rtol=1e-3, atol=1e-6, name="dx for D = 1")
    assert_close(dgamma, num_dgamma, rtol=1e-5, atol=1e-7, name="dgamma for D = 1")


@pytest.mark.parametrize("which", ["x", "gamma", "dout"])
def test_does_not_modify_inputs(which):
    """Forward and backward leave {which} unchanged"""
    x, gamma = SHAPES["x of shape (3, 5)"].copy(), GAMMA.copy()
    dout = np.random.default_rng(10).normal(size=x.shape)
    before = {"x": x.copy(), "gamma": gamma.copy(), "dout": dout.copy()}
    rms_norm(x, gamma)
    rms_norm_backward(dout, x, gamma)
    after = {"x": x, "gamma": gamma, "dout": dout}[which]
    assert np.array_equal(after, before[which]), (
        f"{which} was changed by rms_norm or rms_norm_backward: it was\n{before[which]}\nand is now\n{after}"
    )
