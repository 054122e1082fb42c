import math

import numpy as np
import pytest

from harness.testkit import as_array, as_scalar, assert_close, assert_finite, numerical_gradient
from solution import reinforce_loss_and_grad

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)


def ref_loss(logits, actions, returns):
    """-mean_t G_t log softmax(z_t)[a_t], one row at a time with math.fsum."""
    total = []
    for z, a, g in zip(logits, actions, returns):
        m = max(z)
        lse = m + math.log(math.fsum(math.exp(v - m) for v in z))
        total.append(g * (z[int(a)] - lse))
    return -math.fsum(total) / len(total)


def ref_grad(logits, actions, returns):
    T, A = logits.shape
    out = np.zeros((T, A))
    for t in range(T):
        z = logits[t]
        e = np.exp(z - z.max())
        p = e / e.sum()
        onehot = np.zeros(A)
        onehot[int(actions[t])] = 1.0
        out[t] = returns[t] / T * (p - onehot)
    return out


def call(logits, actions, returns):
    got = reinforce_loss_and_grad(logits.copy(), actions.copy(), returns.copy())
    if got is None:
        raise AssertionError("reinforce_loss_and_grad returned None: did it forget to `return loss, dlogits`?")
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        what = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise AssertionError(f"reinforce_loss_and_grad should return the pair (loss, dlogits), got {what}")
    return as_scalar(got[0], "loss"), as_array(got[1], "dlogits", shape=logits.shape)


def make(T, A, seed, scale=2.0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(T, A)) * scale, rng.integers(0, A, size=T), rng.normal(size=T) * 3


CASES = {
    "T=1, A=2": (1, 2, 1),
    "T=5, A=3": (5, 3, 2),
    "T=8, A=6": (8, 6, 3),
    "T=40, A=4": (40, 4, 4),
}

EX_LOGITS = np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
EX_ACTIONS = np.array([0, 2])
EX_RETURNS = np.array([1.0, -2.0])


def test_worked_example_loss():
    """Worked example: loss = 0.141700"""
    loss, _ = call(EX_LOGITS, EX_ACTIONS, EX_RETURNS)
    assert_close(loss, 0.14170017988967448, **TOL, name="loss on the worked example")


def test_worked_example_gradient():
    """Worked example: dlogits rows (1/2)(1/3 - onehot(0)) and -(softmax([1, 2, 3]) - onehot(2))"""
    _, dlogits = call(EX_LOGITS, EX_ACTIONS, EX_RETURNS)
    expected = [[-1 / 3, 1 / 6, 1 / 6], [-0.09003057317038046, -0.24472847105479767, 1 - 0.6652409557748219]]
    assert_close(dlogits, expected, **TOL, name="dlogits on the worked example")


@pytest.mark.parametrize("case", CASES)
def test_loss_matches_definition(case):
    """loss = -mean_t G_t log softmax(z_t)[a_t] ({case})"""
    logits, actions, returns = make(*CASES[case])
    loss, _ = call(logits, actions, returns)
    assert_close(loss, ref_loss(logits, actions, returns), **TOL, name="loss")


@pytest.mark.parametrize("case", CASES)
def test_gradient_matches_finite_differences(case):
    """dlogits matches a finite-difference gradient of the loss ({case})"""
    logits, actions, returns = make(*CASES[case])
    _, dlogits = call(logits, actions, returns)
    numeric = numerical_gradient(lambda z: ref_loss(z, actions, returns), logits)
    assert_close(dlogits, numeric, rtol=1e-4, atol=1e-7, name="dlogits")
    assert_close(dlogits, ref_grad(logits, actions, returns), **TOL, name="dlogits")


def test_mean_over_steps():
    """The loss is a mean over steps: repeating the episode twice leaves it unchanged"""
    logits, actions, returns = make(6, 3, 5)
    once, _ = call(logits, actions, returns)
    twice, grad2 = call(np.vstack([logits, logits]), np.concatenate([actions, actions]), np.concatenate([returns, returns]))
    assert_close(twice, once, **TOL, name="loss of the episode repeated twice")
    assert_close(grad2, ref_grad(np.vstack([logits, logits]), np.concatenate([actions, actions]),
                                 np.concatenate([returns, returns])), **TOL, name="dlogits of the episode repeated twice")


def test_zero_returns():
    """All returns 0: loss 0 and a zero gradient"""
    logits, actions, _ = make(4, 5, 6)
    loss, dlogits = call(logits, actions, np.zeros(4))
    assert_close(loss, 0.0, rtol=0, atol=1e-12, name="loss with zero returns")
    assert_close(dlogits, np.zeros((4, 5)), rtol=0, atol=1e-12, name="dlogits with zero returns")


def test_return_sign_sets_direction():
    """A positive return pushes the taken action's logit up (negative gradient), a negative one down"""
    logits = np.array([[0.5, -0.2, 0.1], [0.5, -0.2, 0.1]])
    actions = np.array([1, 1])
    _, dlogits = call(logits, actions, np.array([1.0, -1.0]))
    assert dlogits[0, 1] < 0, f"with return +1 the gradient on the taken action should be negative, got {dlogits[0, 1]:.6g}"
    assert dlogits[1, 1] > 0, f"with return -1 the gradient on the taken action should be positive, got {dlogits[1, 1]:.6g}"
    assert_close(dlogits, ref_grad(logits, actions, np.array([1.0, -1.0])), **TOL, name="dlogits")


def test_gradient_rows_sum_to_zero():
    """Each row of dlogits sums to 0"""
    logits, actions, returns = make(10, 7, 7)
    _, dlogits = call(logits, actions, returns)
    sums = dlogits.sum(axis=1)
    assert np.all(np.abs(sums) < 1e-6), f"each row of dlogits should sum to 0, got row sums {sums}"


def test_stable_for_large_logits():
    """Stable for logits up to 1e4: the worked example [1e4, -1e4] with action 1 has loss 2e4"""
    loss, dlogits = call(np.array([[1e4, -1e4]]), np.array([1]), np.array([1.0]))
    assert_finite(np.array([loss]), "loss")
    assert_finite(dlogits, "dlogits")
    assert_close(loss, 2e4, **TOL, name="loss for logits [1e4, -1e4] and action 1")
    assert_close(dlogits, [[1.0, -1.0]], **TOL, name="dlogits for logits [1e4, -1e4] and action 1")
    rng = np.random.default_rng(8)
    logits = rng.choice([-1.0, 1.0], size=(6, 4)) * rng.uniform(5e3, 1e4, size=(6, 4))
    actions, returns = rng.integers(0, 4, size=6), rng.normal(size=6)
    loss, dlogits = call(logits, actions, returns)
    assert_finite(np.array([loss]), "loss for logits up to 1e4")
    assert_finite(dlogits, "dlogits for logits up to 1e4")
    assert_close(loss, ref_loss(logits, actions, returns), **TOL, name="loss for logits up to 1e4")
    assert_close(dlogits, ref_grad(logits, actions, returns), **TOL, name="dlogits for logits up to 1e4")


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint8"])
def test_action_dtypes(dtype):
    """Actions as {dtype}"""
    logits, actions, returns = make(5, 3, 9)
    loss, dlogits = call(logits, actions.astype(dtype), returns)
    assert_close(loss, ref_loss(logits, actions, returns), **TOL, name=f"loss with {dtype} actions")
    assert_close(dlogits, ref_grad(logits, actions, returns), **TOL, name=f"dlogits with {dtype} actions")


@pytest.mark.parametrize("which", ["actions", "returns"])
def test_length_mismatch_raises(which):
    """{which} with a different length than the rows of logits: ValueError"""
    logits, actions, returns = make(5, 3, 10)
    if which == "actions":
        actions = actions[:4]
    else:
        returns = np.concatenate([returns, [1.0]])
    with pytest.raises(ValueError):
        reinforce_loss_and_grad(logits, actions, returns)


def test_does_not_modify_inputs():
    """Leaves logits, actions and returns unchanged"""
    logits, actions, returns = make(5, 4, 11)
    before = (logits.copy(), actions.copy(), returns.copy())
    reinforce_loss_and_grad(logits, actions, returns)
    for a, b, name in zip((logits, actions, returns), before, ("logits", "actions", "returns")):
        assert np.array_equal(a, b), f"reinforce_loss_and_grad changed its input {name} in place: it was\n{b}\nand is now\n{a}"
