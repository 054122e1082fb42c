import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import swiglu_ffn

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-6)


def silu_scalar(u):
    u = float(u)
    if u >= 0:
        return u / (1.0 + math.exp(-u))
    e = math.exp(u)
    return u * e / (1.0 + e)


def reference(x, W1, W3, W2):
    """The definition, one position and one hidden unit at a time."""
    D, F = W1.shape
    out = np.empty(x.shape[:-1] + (W2.shape[1],))
    for idx in np.ndindex(*x.shape[:-1]):
        v = x[idx]
        hidden = [silu_scalar(sum(v[k] * W1[k, j] for k in range(D))) * sum(v[k] * W3[k, j] for k in range(D))
                  for j in range(F)]
        out[idx] = [sum(hidden[j] * W2[j, c] for j in range(F)) for c in range(W2.shape[1])]
    return out


def make(lead, D, F, seed):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=lead + (D,)), rng.normal(size=(D, F)) / np.sqrt(D), rng.normal(size=(D, F)) / np.sqrt(D),
            rng.normal(size=(F, D)) / np.sqrt(F))


def ffn(x, W1, W3, W2):
    got = swiglu_ffn(x.copy(), W1.copy(), W3.copy(), W2.copy())
    return as_array(got, "swiglu_ffn(x, W1, W3, W2)", shape=x.shape[:-1] + (W2.shape[1],))


CASES = {
    "one vector, D=4, F=6": ((), 4, 6, 1),
    "sequence (5, 3), F=8": ((5,), 3, 8, 2),
    "batch of sequences (2, 3, 4), F=10": ((2, 3), 4, 10, 3),
    "narrow hidden layer (4, 6), F=2": ((4,), 6, 2, 4),
}


def test_worked_example():
    """Worked example: [1, -1] maps to [0.25425, -0.47681]"""
    got = ffn(np.array([1.0, -1.0]), np.array([[1.0, 0.0], [0.0, 2.0]]), np.array([[1.0, 1.0], [0.0, -1.0]]),
              np.array([[1.0, 0.0], [1.0, 1.0]]))
    assert_close(got, [0.25424689, -0.47681169], **TOL, name="swiglu_ffn on the worked example")


def test_saturated_example():
    """Gate pre-activations -1e4 and 1e4: the first unit is shut, the second passes 1e4 times its value"""
    got = ffn(np.array([1.0]), np.array([[-1e4, 1e4]]), np.array([[3.0, 2.0]]), np.array([[1.0], [1e-4]]))
    assert_finite(got, "swiglu_ffn with gate pre-activations of 1e4")
    assert_close(got, [2.0], **TOL, name="swiglu_ffn with gate pre-activations -1e4 and 1e4")


@pytest.mark.parametrize("case", CASES)
def test_matches_definition(case):
    """Equals (silu(x W1) * (x W3)) W2 at every position ({case})"""
    args = make(*CASES[case])
    assert_close(ffn(*args), reference(*args), **TOL, name="swiglu_ffn(x, W1, W3, W2)")


def test_gate_is_the_W1_branch():
    """SiLU acts on x W1: a gate pre-activation of -30 shuts its unit whatever x W3 is"""
    x = np.array([[1.0, 2.0]])
    W1 = np.array([[-10.0, 1.0], [-10.0, 0.5]])  # x W1 = [-30, 2]
    W3 = np.array([[5.0, -1.0], [5.0, 1.0]])      # x W3 = [15, 1]
    W2 = np.eye(2)
    got = ffn(x, W1, W3, W2)
    assert_close(got, [[-30 * 15 / (1 + math.exp(30)), silu_scalar(2.0)]], **TOL, name="swiglu_ffn with x W1 = [-30, 2]")


def test_value_branch_is_linear():
    """The value branch x W3 enters linearly: scaling W3 by -2.5 scales the output by -2.5"""
    x, W1, W3, W2 = make((3,), 4, 5, 7)
    base = ffn(x, W1, W3, W2)
    assert_close(base, reference(x, W1, W3, W2), **TOL, name="swiglu_ffn(x, W1, W3, W2)")
    assert_close(ffn(x, W1, -2.5 * W3, W2), -2.5 * reference(x, W1, W3, W2), **TOL, name="swiglu_ffn(x, W1, -2.5 W3, W2)")


@pytest.mark.parametrize("magnitude", [40.0, 800.0, 1e4])
def test_stable_for_large_preactivations(magnitude):
    """Finite and correct for gate pre-activations up to {magnitude:g} in magnitude"""
    rng = np.random.default_rng(int(magnitude))
    D, F = 3, 6
    x = rng.choice([-1.0, 1.0], size=(4, D))
    W1 = rng.choice([-1.0, 1.0], size=(D, F)) * magnitude / D
    W3 = rng.normal(size=(D, F))
    W2 = rng.normal(size=(F, D))
    got = ffn(x, W1, W3, W2)
    assert_finite(got, f"swiglu_ffn with pre-activations up to {magnitude:g}")
    assert_close(got, reference(x, W1, W3, W2), **TOL, name=f"swiglu_ffn with pre-activations up to {magnitude:g}")


def test_positions_are_independent():
    """Each position is transformed on its own: a (2, 4, D) batch equals its positions one at a time"""
    x, W1, W3, W2 = make((2, 4), 3, 5, 8)
    got = ffn(x, W1, W3, W2)
    for b in range(2):
        for t in range(4):
            assert_close(got[b, t], ffn(x[b, t], W1, W3, W2), **TOL, name=f"output at position [{b}, {t}]")


def test_zero_input():
    """x = 0 gives exactly 0"""
    _, W1, W3, W2 = make((), 3, 4, 9)
    assert_close(ffn(np.zeros((2, 3)), W1, W3, W2), np.zeros((2, 3)), rtol=0, atol=0, name="swiglu_ffn(0)")


def test_does_not_modify_inputs():
    """Leaves x, W1, W3 and W2 unchanged"""
    args = make((2, 3), 4, 5, 10)
    before = [a.copy() for a in args]
    swiglu_ffn(*args)
    for a, bf, name in zip(args, before, ("x", "W1", "W3", "W2")):
        assert np.array_equal(a, bf), f"swiglu_ffn changed its input {name} in place: it was\n{bf}\nand is now\n{a}"
