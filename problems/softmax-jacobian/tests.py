import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import softmax_jacobian

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)


def softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def reference(z):
    p = softmax(z)
    c = p.shape[-1]
    return p[..., :, None] * np.eye(c) - p[..., :, None] * p[..., None, :]


def jacobian(z):
    z = np.array(z, dtype=float)
    return as_array(softmax_jacobian(z), "the Jacobian", shape=z.shape + z.shape[-1:])


_rng = np.random.default_rng(11)
BATCHES = {
    "(4, 3)": _rng.normal(size=(4, 3)) * 2,
    "(3, 3)": _rng.normal(size=(3, 3)) * 2,
    "(2, 3, 5)": _rng.normal(size=(2, 3, 5)) * 2,
}


def test_worked_example():
    """Two zero logits give [[0.25, -0.25], [-0.25, 0.25]]"""
    assert_close(softmax_jacobian(np.zeros(2)), [[0.25, -0.25], [-0.25, 0.25]], **TOL, name="softmax_jacobian(zeros(2))")


def test_three_classes():
    """Logits [1, 2, 3] give diag(p) - p p^T"""
    z = np.array([1.0, 2.0, 3.0])
    assert_close(jacobian(z), reference(z), **TOL, name="softmax_jacobian([1, 2, 3])")


@pytest.mark.parametrize("shape", [(5,), (2, 4), (3, 2, 6)])
def test_output_shape(shape):
    """Input of shape {shape} gives a Jacobian of shape (..., C, C)"""
    z = np.random.default_rng(len(shape)).normal(size=shape)
    jacobian(z)


def test_matches_finite_differences():
    """Matches a finite-difference Jacobian (J[i, j] = d p_i / d z_j)"""
    z = np.random.default_rng(3).normal(size=5)
    numeric = np.stack([numerical_gradient(lambda v, i=i: softmax(v)[i], z) for i in range(5)])
    assert_close(jacobian(z), numeric, atol=1e-6, rtol=0, name="the Jacobian")


@pytest.mark.parametrize("batch", BATCHES)
def test_batched(batch):
    """Each batch entry is the Jacobian of its own row (input shape {batch})"""
    z = BATCHES[batch]
    assert_close(jacobian(z), reference(z), **TOL, name=f"the Jacobian of a {batch} batch")


def test_symmetric():
    """The Jacobian is symmetric"""
    J = jacobian(np.random.default_rng(4).normal(size=(3, 6)) * 2)
    gap = np.abs(J - np.swapaxes(J, -1, -2)).max()
    assert gap < 1e-6, (
        f"J[i, j] = p_i ([i == j] - p_j) equals J[j, i], but your Jacobian differs from its transpose by up to {gap:.3g}"
    )


def test_rows_and_columns_sum_to_zero():
    """Every row and column sums to 0"""
    J = jacobian(np.random.default_rng(5).normal(size=(2, 7)) * 2)
    rows, cols = np.abs(J.sum(axis=-1)).max(), np.abs(J.sum(axis=-2)).max()
    assert max(rows, cols) < 1e-6, (
        "the probabilities always sum to 1, so nudging any logit cannot change their sum: every row and column "
        f"of the Jacobian must sum to 0, but row sums reach {rows:.3g} and column sums {cols:.3g}."
    )


def test_signs():
    """Diagonal entries positive, off-diagonal entries negative"""
    J = jacobian(np.array([0.5, -1.0, 2.0, 0.0]))
    diag = np.diag(J)
    off = J[~np.eye(4, dtype=bool)]
    assert (diag > 0).all(), f"the diagonal p_i (1 - p_i) should be positive, got {diag}"
    assert (off < 0).all(), f"off-diagonal entries -p_i p_j should be negative, got max {off.max():.6g}"


@pytest.mark.parametrize("scale", ["1000", "1e4"])
def test_stable_for_large_logits(scale):
    """Stable for logits around {scale}"""
    s = float(scale)
    z = np.array([[s, s + 1.0, s + 2.0], [-s, -s - 1.0, -s - 2.0], [s, 0.0, -s]])
    J = jacobian(z)
    assert_finite(J, "the Jacobian")
    assert_close(J, reference(z), **TOL, name="the Jacobian")


def test_does_not_modify_input():
    """Leaves the logits array unchanged"""
    z = np.array([[1.0, 2.0, 3.0], [0.0, 5.0, -1.0]])
    softmax_jacobian(z)
    assert_close(z, [[1.0, 2.0, 3.0], [0.0, 5.0, -1.0]], name="logits after the call")
