import math

import numpy as np
import pytest

from harness.testkit import as_scalar, assert_close, assert_finite
from solution import info_nce_loss

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
def tol(tau):
    """A loss near 0 is a difference of logits of size up to 1 / tau: float32 rounds those to ~1e-7 / tau."""
    return dict(rtol=1e-5, atol=2e-7 / tau)

QUERIES = np.array([[3.0, 4.0], [0.0, 2.0]])
KEYS = np.array([[1.0, 0.0], [0.0, 5.0]])


def reference(q, k, tau=0.1):
    """InfoNCE with Python loops: cosine similarities, then a stable cross-entropy per query."""
    q, k = np.asarray(q, dtype=float), np.asarray(k, dtype=float)
    n = len(q)
    total = 0.0
    for i in range(n):
        row = []
        for j in range(n):
            cos = float(q[i] @ k[j]) / (math.sqrt(float(q[i] @ q[i])) * math.sqrt(float(k[j] @ k[j])))
            row.append(cos / tau)
        m = max(row)
        total += m + math.log(sum(math.exp(v - m) for v in row)) - row[i]
    return total / n


def call(q, k, **kwargs):
    return as_scalar(info_nce_loss(q, k, **kwargs), "info_nce_loss(...)")


def pairs(n, d, seed, noise=0.5):
    """Random queries and keys = queries + noise: positives similar, some rows easy to confuse."""
    rng = np.random.default_rng(seed)
    q = rng.normal(size=(n, d))
    return q, q + noise * rng.normal(size=(n, d))


BATCHES = {
    "N=3, D=5": pairs(3, 5, 1),
    "N=6, D=6 (square)": pairs(6, 6, 2),
    "N=8, D=32": pairs(8, 32, 3, noise=1.0),
    "N=5, D=2": pairs(5, 2, 4, noise=0.3),
}


def test_worked_example():
    """Worked example at temperature 0.5: (log(1 + e^0.4) + log(1 + e^-2)) / 2 = 0.519972"""
    want = (math.log1p(math.exp(0.4)) + math.log1p(math.exp(-2.0))) / 2
    assert_close(call(QUERIES.copy(), KEYS.copy(), temperature=0.5), want, **tol(0.5), name="info_nce_loss(worked example)")


def test_worked_example_small_temperature():
    """Worked example at temperature 1e-3: logits [[600, 800], [0, 1000]] give (200 + 0) / 2 = 100"""
    got = call(QUERIES.copy(), KEYS.copy(), temperature=1e-3)
    assert_finite(got, "info_nce_loss(worked example, temperature=1e-3)")
    assert_close(got, 100.0, **tol(1e-3), name="info_nce_loss(worked example, temperature=1e-3)")


def test_default_temperature():
    """Without a temperature argument, tau = 0.1: identity queries and keys give log(1 + e^-10)"""
    assert_close(call(np.eye(2), np.eye(2)), math.log1p(math.exp(-10.0)), **tol(0.1),
                 name="info_nce_loss(eye(2), eye(2))")


@pytest.mark.parametrize("batch", BATCHES)
def test_matches_definition(batch):
    """Matches the mean cross-entropy of the cosine-similarity logits ({batch})"""
    q, k = BATCHES[batch]
    assert_close(call(q.copy(), k.copy()), reference(q, k), **tol(0.1), name="info_nce_loss(queries, keys)")


@pytest.mark.parametrize("tau", [1.0, 0.5, 0.07])
def test_temperature_argument(tau):
    """The temperature argument is used (temperature = {tau})"""
    q, k = BATCHES["N=8, D=32"]
    assert_close(call(q.copy(), k.copy(), temperature=tau), reference(q, k, tau), **tol(tau),
                 name=f"info_nce_loss(..., temperature={tau})")


def test_single_pair():
    """A batch of one pair has no negatives: the loss is 0"""
    got = call(np.array([[1.0, 2.0, -1.0]]), np.array([[-3.0, 0.5, 2.0]]))
    assert_close(got, 0.0, rtol=0, atol=1e-9, name="info_nce_loss of a single pair")


def test_finite_at_temperature_1e_3():
    """Stable at temperature 1e-3 (logits near 1000): the loss is finite"""
    q, k = pairs(16, 8, 5, noise=0.4)
    assert_finite(call(q.copy(), k.copy(), temperature=1e-3), "info_nce_loss(..., temperature=1e-3)")


def test_correct_at_temperature_1e_3():
    """Correct at temperature 1e-3 (logits near 1000)"""
    q, k = pairs(16, 8, 5, noise=0.4)
    assert_close(call(q.copy(), k.copy(), temperature=1e-3), reference(q, k, 1e-3), **tol(1e-3),
                 name="info_nce_loss(..., temperature=1e-3)")


def test_query_rows_are_normalised():
    """Scaling rows of queries by positive factors (1e-3 to 1e3) does not change the loss"""
    q, k = BATCHES["N=6, D=6 (square)"]
    scale = np.array([[1e3], [1.0], [1e-3], [7.0], [0.5], [2.0]])
    assert_close(call(q * scale, k.copy()), call(q.copy(), k.copy()), **tol(0.1),
                 name="info_nce_loss(scaled queries, keys), compared with info_nce_loss(queries, keys)")


def test_key_rows_are_normalised():
    """Scaling rows of keys by positive factors (1e-3 to 1e3) does not change the loss"""
    q, k = BATCHES["N=6, D=6 (square)"]
    scale = np.array([[1e-3], [3.0], [1e3], [1.0], [0.25], [40.0]])
    assert_close(call(q.copy(), k * scale), call(q.copy(), k.copy()), **tol(0.1),
                 name="info_nce_loss(queries, scaled keys), compared with info_nce_loss(queries, keys)")


def test_opposite_query_at_temperature_1e_3():
    """Stable at temperature 1e-3 when one query points away from every key (its logits near -1000)"""
    q = np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0]])
    k = np.array([[1.0, 0.01], [1.0, -0.02], [1.0, 0.03]])
    got = call(q, k, temperature=1e-3)
    assert_finite(got, "info_nce_loss(..., temperature=1e-3)")
    assert_close(got, reference(q, k, 1e-3), **tol(1e-3), name="info_nce_loss(..., temperature=1e-3)")


def test_each_query_over_all_keys():
    """Each query's softmax runs over the keys: queries [[1, 0], [0.6, 0.8]], keys I, tau 1"""
    q = np.array([[1.0, 0.0], [0.6, 0.8]])
    want = (math.log1p(math.exp(-1.0)) + math.log1p(math.exp(-0.2))) / 2
    assert_close(call(q, np.eye(2), temperature=1.0), want, **tol(1.0), name="info_nce_loss")


def test_inputs_unchanged():
    """Leaves queries and keys unchanged"""
    q, k = BATCHES["N=3, D=5"]
    q0, k0 = q.copy(), k.copy()
    info_nce_loss(q0, k0)
    assert np.array_equal(q0, q), f"info_nce_loss changed queries: it was\n{q}\nand is now\n{q0}"
    assert np.array_equal(k0, k), f"info_nce_loss changed keys: it was\n{k}\nand is now\n{k0}"


@pytest.mark.parametrize("shapes", ["(4, 3) and (5, 3)", "(4, 3) and (4, 2)"])
def test_mismatched_shapes(shapes):
    """queries and keys of shapes {shapes} raise ValueError"""
    a, b = {"(4, 3) and (5, 3)": ((4, 3), (5, 3)), "(4, 3) and (4, 2)": ((4, 3), (4, 2))}[shapes]
    with pytest.raises(ValueError):
        info_nce_loss(np.ones(a), np.ones(b))
