import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import pca


def make_data(seed, n, d, scales, offset):
    """Gaussian data with well-separated variances along random orthogonal directions."""
    rng = np.random.default_rng(seed)
    R, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return rng.normal(size=(n, d)) * np.array(scales) @ R.T + offset


def ref_pca(X, k):
    """Via the SVD of the centred data (an independent route), with the sign rule applied."""
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:k].copy()
    for row in comps:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return comps, s[:k] ** 2 / (len(X) - 1)


def call(X, k):
    result = pca(np.array(X, dtype=float), k)
    if result is None:
        raise AssertionError("pca returned None: did your function forget to `return components, explained_variance`?")
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise AssertionError(f"pca should return a pair (components, explained_variance), got {type(result).__name__}")
    comps, var = result
    n, d = X.shape
    shape = np.shape(comps)
    if shape == (d, k) and k != d:
        raise AssertionError(
            f"components has shape {shape}, expected ({k}, {d}): the components are in the columns. np.linalg.eigh returns "
            "eigenvectors as columns; transpose so that each row is one component."
        )
    return as_array(comps, "components", shape=(k, d)), as_array(var, "explained_variance", shape=(k,))


def check_components(got, want):
    """Row-by-row comparison with messages for the classic slips (order, sign)."""
    for j in range(len(want)):
        if np.allclose(got[j], -want[j], atol=1e-6) and not np.allclose(want[j], 0):
            big = int(np.argmax(np.abs(want[j])))
            raise AssertionError(
                f"components[{j}] = {np.round(got[j], 6)} is the right direction with the wrong sign: its largest-magnitude entry "
                f"(index {big}) must be positive. Eigenvectors are only defined up to sign; flip the rows whose largest "
                "|entry| is negative."
            )
    assert_close(got, want, rtol=0, atol=1e-6, name="components")


def check_variance(got, want, n):
    if len(got) > 1 and np.all(np.diff(got) > 0):
        raise AssertionError(
            "explained_variance is in increasing order: the components must come largest variance first "
            "(np.linalg.eigh returns eigenvalues in increasing order, so take them from the end)"
        )
    if np.allclose(got, want * (n - 1) / n, rtol=1e-6):
        raise AssertionError(
            f"explained_variance {np.round(got, 6)} is the population variance (dividing by n = {n}); use the sample variance, "
            f"dividing by n - 1 = {n - 1}"
        )
    assert_close(got, want, rtol=1e-6, atol=1e-10, name="explained_variance")


XEX = np.array([[9.0, 3.0], [1.0, -1.0], [6.0, -1.0], [4.0, 3.0]])
S5 = 1 / np.sqrt(5)

DATA = {
    "n=60, d=5, k=3": (make_data(1, 60, 5, [5, 3, 2, 1, 0.5], np.arange(5) * 3.0), 3),
    "n=40, d=4, k=4 (all components)": (make_data(2, 40, 4, [4, 2.5, 1.5, 0.7], 10.0), 4),
    "n=30, d=6, k=1": (make_data(3, 30, 6, [6, 4, 3, 2, 1, 0.5], -2.0), 1),
    "n=5, d=6, k=3 (fewer samples than features)": (make_data(5, 5, 6, [6, 4, 3, 2, 1, 0.5], 1.0), 3),
}


def test_worked_example():
    """Worked example: components (2, 1)/sqrt 5 and (-1, 2)/sqrt 5, variances 40/3 and 10/3"""
    comps, var = call(XEX, 2)
    check_components(comps, np.array([[2 * S5, S5], [-S5, 2 * S5]]))
    check_variance(var, np.array([40 / 3, 10 / 3]), 4)


def test_worked_example_k1():
    """Worked example with k = 1: only the top component (2, 1)/sqrt 5, variance 40/3"""
    comps, var = call(XEX, 1)
    check_components(comps, np.array([[2 * S5, S5]]))
    check_variance(var, np.array([40 / 3]), 4)


@pytest.mark.parametrize("case", DATA)
def test_matches_reference(case):
    """Components and variances match the principal axes ({case})"""
    X, k = DATA[case]
    comps, var = call(X, k)
    want_c, want_v = ref_pca(X, k)
    check_variance(var, want_v, len(X))
    check_components(comps, want_c)


def test_rows_are_orthonormal():
    """Rows of components have unit length and are mutually orthogonal"""
    X, k = DATA["n=40, d=4, k=4 (all components)"]
    comps, _ = call(X, k)
    gram = comps @ comps.T
    assert_close(np.diag(gram), np.ones(k), rtol=0, atol=1e-8, name="squared length of each component")
    assert_close(gram, np.eye(k), rtol=0, atol=1e-8, name="components @ components.T")


def test_sorted_by_decreasing_variance():
    """Components come in decreasing order of variance"""
    X, k = DATA["n=60, d=5, k=3"]
    _, var = call(X, k)
    assert np.all(np.diff(var) < 0), f"explained_variance should decrease, got {np.round(var, 6)}: put the largest-variance component first"


def test_variance_is_the_variance_of_the_projections():
    """explained_variance[j] is the sample variance of the data projected on component j"""
    X, k = DATA["n=60, d=5, k=3"]
    comps, var = call(X, k)
    proj = (X - X.mean(axis=0)) @ comps.T
    assert_close(var, proj.var(axis=0, ddof=1), rtol=1e-6, atol=1e-10, name="explained_variance vs var(projections, ddof=1)")


def test_data_is_centred():
    """Data far from the origin gives the same answer as the same data centred"""
    X = make_data(4, 80, 3, [3, 1.5, 0.5], np.array([100.0, -50.0, 7.0]))
    comps, var = call(X, 2)
    want_c, want_v = ref_pca(X, 2)
    if comps[0] @ (X.mean(axis=0) / np.linalg.norm(X.mean(axis=0))) > 0.99:
        raise AssertionError(
            "the first component points at the data's mean instead of along its spread: subtract the mean of each "
            "feature (X - X.mean(axis=0)) before computing the covariance or the SVD"
        )
    check_variance(var, want_v, len(X))
    check_components(comps, want_c)


def test_sign_rule():
    """Each component's largest-magnitude entry is positive"""
    for case, (X, k) in DATA.items():
        comps, _ = call(X, k)
        for j, row in enumerate(comps):
            big = int(np.argmax(np.abs(row)))
            assert row[big] > 0, (
                f"({case}) components[{j}] = {np.round(row, 6)}: its largest-magnitude entry, at index {big}, is negative. "
                "Flip the sign of such rows so that the largest |entry| is positive."
            )


def test_input_unchanged():
    """X is left unchanged"""
    X, k = DATA["n=60, d=5, k=3"]
    Xc = X.copy()
    pca(Xc, k)
    assert np.array_equal(Xc, X), "pca changed the caller's X (centred it in place?); use X - X.mean(axis=0), a new array"
