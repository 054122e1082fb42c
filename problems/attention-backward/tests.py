import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite, numerical_gradient
from solution import attention_backward

RTOL, ATOL = 1e-5, 1e-6  # gradients are O(1): room for float32 arithmetic inside
FD = dict(rtol=1e-4, atol=1e-6)  # against central finite differences


def forward(q, k, v):
    s = np.einsum("...id,...jd->...ij", q, k) / math.sqrt(q.shape[-1])
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return np.einsum("...ij,...jd->...id", e / e.sum(axis=-1, keepdims=True), v)


def ref_backward(dout, q, k, v):
    """Row by row with the explicit softmax Jacobian diag(p) - p p^T."""
    d = q.shape[-1]
    lead = q.shape[:-2]
    dq, dk, dv = np.zeros(q.shape), np.zeros(k.shape), np.zeros(v.shape)
    for idx in np.ndindex(*lead):
        Q, K, V, G = q[idx], k[idx], v[idx], dout[idx]
        for i in range(Q.shape[0]):
            s = K @ Q[i] / math.sqrt(d)
            p = np.exp(s - s.max())
            p /= p.sum()
            dv[idx] += np.outer(p, G[i])
            dp = V @ G[i]
            ds = (np.diag(p) - np.outer(p, p)) @ dp
            dq[idx][i] = ds @ K / math.sqrt(d)
            dk[idx] += np.outer(ds, Q[i]) / math.sqrt(d)
    return dq, dk, dv


def call(dout, q, k, v):
    """attention_backward on copies, checked to return (dq, dk, dv) with the shapes of q, k and v."""
    got = attention_backward(dout.copy(), q.copy(), k.copy(), v.copy())
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        raise AssertionError(
            f"attention_backward() should return a tuple (dq, dk, dv), got {type(got).__name__}"
            + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        )
    return tuple(as_array(g, name, shape=a.shape) for g, name, a in zip(got, ("dq", "dk", "dv"), (q, k, v)))


SHAPES = {
    "no batch axes: Tq=3, Tk=4, d=2, dv=3": ((), 3, 4, 2, 3),
    "one batch axis: (2, Tq=4, d=3), Tk=2, dv=2": ((2,), 4, 2, 3, 2),
    "two batch axes: (2, 2, Tq=2, d=4), Tk=3, dv=1": ((2, 2), 2, 3, 4, 1),
    "square: Tq=Tk=3, d=dv=3": ((), 3, 3, 3, 3),
}


def make(case, seed=0, scale=1.0):
    lead, tq, tk, d, dv = SHAPES[case]
    rng = np.random.default_rng(seed)
    q = rng.normal(size=lead + (tq, d)) * scale
    k = rng.normal(size=lead + (tk, d)) * scale
    v = rng.normal(size=lead + (tk, dv))
    dout = rng.normal(size=lead + (tq, dv))
    return dout, q, k, v


def test_worked_example_dq():
    """Worked example: q=0, keys [1, -1], values [1, 3] give dq=-1, dk=0, dv=[0.5, 0.5]"""
    dq, dk, dv = call(np.array([[1.0]]), np.array([[0.0]]), np.array([[1.0], [-1.0]]), np.array([[1.0], [3.0]]))
    assert_close(dq, [[-1.0]], rtol=RTOL, atol=ATOL, name="dq")
    assert_close(dk, [[0.0], [0.0]], rtol=RTOL, atol=ATOL, name="dk")
    assert_close(dv, [[0.5], [0.5]], rtol=RTOL, atol=ATOL, name="dv")


def test_worked_example_dk():
    """Worked example: q=2, both keys 0, values [1, 3] give dq=0, dk=[-1, 1]"""
    dq, dk, dv = call(np.array([[1.0]]), np.array([[2.0]]), np.zeros((2, 1)), np.array([[1.0], [3.0]]))
    assert_close(dq, [[0.0]], rtol=RTOL, atol=ATOL, name="dq")
    assert_close(dk, [[-1.0], [1.0]], rtol=RTOL, atol=ATOL, name="dk")
    assert_close(dv, [[0.5], [0.5]], rtol=RTOL, atol=ATOL, name="dv")


@pytest.mark.parametrize("case", SHAPES)
def test_dv_finite_differences(case):
    """dv matches a finite-difference gradient: {case}"""
    dout, q, k, v = make(case, seed=1)
    numeric = numerical_gradient(lambda x: np.sum(forward(q, k, x) * dout), v)
    assert_close(call(dout, q, k, v)[2], numeric, **FD, name="dv")


@pytest.mark.parametrize("case", SHAPES)
def test_dq_finite_differences(case):
    """dq matches a finite-difference gradient: {case}"""
    dout, q, k, v = make(case, seed=2)
    numeric = numerical_gradient(lambda x: np.sum(forward(x, k, v) * dout), q)
    assert_close(call(dout, q, k, v)[0], numeric, **FD, name="dq")


@pytest.mark.parametrize("case", SHAPES)
def test_dk_finite_differences(case):
    """dk matches a finite-difference gradient: {case}"""
    dout, q, k, v = make(case, seed=3)
    numeric = numerical_gradient(lambda x: np.sum(forward(q, x, v) * dout), k)
    assert_close(call(dout, q, k, v)[1], numeric, **FD, name="dk")


def test_matches_softmax_jacobian():
    """Matches the row-by-row chain rule with the softmax Jacobian diag(p) - p p^T: (2, 3, Tq=5, d=6), Tk=7, dv=4"""
    rng = np.random.default_rng(4)
    q, k = rng.normal(size=(2, 3, 5, 6)), rng.normal(size=(2, 3, 7, 6))
    v, dout = rng.normal(size=(2, 3, 7, 4)), rng.normal(size=(2, 3, 5, 4))
    got = call(dout, q, k, v)
    for g, w, name in zip(got, ref_backward(dout, q, k, v), ("dq", "dk", "dv")):
        assert_close(g, w, rtol=RTOL, atol=ATOL, name=name)


def test_scaled_by_sqrt_d():
    """dq and dk carry the factor 1/sqrt(d): d=9, scores [3, 0]"""
    q = np.ones((1, 9))
    k = np.zeros((2, 9))
    k[0] = 1.0  # scores q.k / 3 = [3, 0]
    v = np.array([[1.0], [0.0]])
    dout = np.array([[1.0]])
    p = 1 / (1 + math.exp(-3.0))
    ds0 = p * (1 - p)  # d out / d s_0
    dq, dk, _ = call(dout, q, k, v)
    assert_close(dq, ds0 * (k[0] - k[1])[None, :] / 3, rtol=RTOL, atol=ATOL, name="dq")
    assert_close(dk, np.array([[ds0], [-ds0]]) * q / 3, rtol=RTOL, atol=ATOL, name="dk")


def test_dk_sums_to_zero_over_keys():
    """The key gradients sum to 0 over the keys (moving every key by the same vector changes nothing)"""
    dout, q, k, v = make("one batch axis: (2, Tq=4, d=3), Tk=2, dv=2", seed=5)
    dk = call(dout, q, k, v)[1]
    assert_close(dk.sum(axis=-2), np.zeros((2, 3)), rtol=0, atol=1e-6, name="dk summed over the keys")


def test_dv_sums_to_dout_sum():
    """The value gradients sum over the keys to dout summed over the queries (rows of P sum to 1)"""
    dout, q, k, v = make("two batch axes: (2, 2, Tq=2, d=4), Tk=3, dv=1", seed=6)
    dv = call(dout, q, k, v)[2]
    assert_close(dv.sum(axis=-2), dout.sum(axis=-2), rtol=RTOL, atol=ATOL, name="dv summed over the keys")


def test_single_key():
    """One key: every weight is 1, so dq = 0, dk = 0 and dv = dout summed over the queries"""
    rng = np.random.default_rng(7)
    q, k = rng.normal(size=(3, 4)), rng.normal(size=(1, 4))
    v, dout = rng.normal(size=(1, 2)), rng.normal(size=(3, 2))
    dq, dk, dv = call(dout, q, k, v)
    assert_close(dq, np.zeros((3, 4)), rtol=0, atol=ATOL, name="dq")
    assert_close(dk, np.zeros((1, 4)), rtol=0, atol=ATOL, name="dk")
    assert_close(dv, dout.sum(axis=0, keepdims=True), rtol=RTOL, atol=ATOL, name="dv")


def test_large_scores_are_stable():
    """Finite and correct for scores up to about 1e3"""
    dout, q, k, v = make("one batch axis: (2, Tq=4, d=3), Tk=2, dv=2", seed=8, scale=1.0)
    q[0, 0] = [25.0, 25.0, 0.0]
    k[0] = [[24.0, 25.0, 0.0], [25.0, 25.0, 0.1]]  # scores about 707 and 722
    q[1, 1] = [-30.0, 0.0, 0.0]
    k[1] = [[30.0, 1.0, 0.0], [-29.6, 0.0, 1.0]]  # scores about -520 and +513: a row spanning 1000
    got = call(dout, q, k, v)
    for g, w, name in zip(got, ref_backward(dout, q, k, v), ("dq", "dk", "dv")):
        assert_finite(g, name)
        # keys of size ~35: float32 rounding of dS (~1e-7) times |k| allows ~1e-5 absolute
        assert_close(g, w, rtol=1e-4, atol=1e-5, name=name)


def test_does_not_modify_inputs():
    """dout, q, k and v are left unchanged"""
    dout, q, k, v = make("square: Tq=Tk=3, d=dv=3", seed=9)
    args = [dout, q, k, v]
    copies = [a.copy() for a in args]
    attention_backward(*args)
    for name, before, after in zip(("dout", "q", "k", "v"), copies, args):
        assert np.array_equal(before, after), f"attention_backward() changed the caller's {name}"
