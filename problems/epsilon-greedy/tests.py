import numpy as np
import pytest

from harness.testkit import as_array
from solution import epsilon_greedy

Q1 = np.array([[1.0, 5.0, 2.0], [0.0, 0.0, 0.0], [3.0, 1.0, 3.0], [-1.0, -2.0, 4.0]])


def expected(q, epsilon, seed):
    """The two draws from an identically seeded generator, then the choice row by row."""
    rng = np.random.default_rng(seed)
    b, a = q.shape
    u = rng.random(b)
    r = rng.integers(0, a, size=b)
    out = []
    for i in range(b):
        if u[i] < epsilon:
            out.append(int(r[i]))
        else:
            best = 0
            for j in range(1, a):
                if q[i, j] > q[i, best]:
                    best = j
            out.append(best)
    return np.array(out)


def run(q, epsilon, rng):
    got = epsilon_greedy(q.copy(), epsilon, rng)
    arr = np.asarray(got)
    if arr.shape != (q.shape[0],):
        raise AssertionError(f"epsilon_greedy returned shape {arr.shape}, expected ({q.shape[0]},)")
    return arr


def check(got, want, what):
    if not np.array_equal(got, want):
        bad = np.flatnonzero(got != want)
        raise AssertionError(
            f"{what}: actions differ at {bad.size} of {want.size} rows; first at row {bad[0]}: expected {want[bad[0]]}, "
            f"got {got[bad[0]]}" + (f"\n  expected {want}\n  got      {got}" if want.size <= 12 else "")
        )


def q_table(b, a, seed, distinct=True):
    rng = np.random.default_rng(seed)
    if distinct:
        return rng.normal(size=(b, a))
    return rng.integers(-2, 3, size=(b, a)).astype(float)  # many ties


@pytest.mark.parametrize("epsilon, want", [(0.3, [1, 2, 1, 2]), (0.1, [1, 0, 1, 2]), (0.0, [1, 0, 0, 2])])
def test_worked_example(epsilon, want):
    """Worked example, seed 0, epsilon = {epsilon}: actions {want}"""
    check(run(Q1, epsilon, np.random.default_rng(0)), np.array(want), f"epsilon_greedy(q, {epsilon}, seed 0)")


@pytest.mark.parametrize("epsilon", [0.05, 0.5, 0.9])
def test_matches_seeded_generator(epsilon):
    """Matches the draws of an identically seeded generator (B = 200, A = 5, epsilon = {epsilon})"""
    q = q_table(200, 5, 1)
    check(run(q, epsilon, np.random.default_rng(42)), expected(q, epsilon, 42), f"epsilon = {epsilon}, seed 42")


def test_epsilon_zero_is_greedy():
    """epsilon = 0 picks every row's greedy action"""
    q = q_table(50, 6, 2)
    check(run(q, 0.0, np.random.default_rng(3)), q.argmax(axis=1), "epsilon = 0")


def test_epsilon_one_is_uniform():
    """epsilon = 1 takes the random action r of every row"""
    q = q_table(50, 6, 4)
    want = np.random.default_rng(5)
    want.random(50)
    check(run(q, 1.0, np.random.default_rng(5)), want.integers(0, 6, size=50), "epsilon = 1")


@pytest.mark.parametrize("epsilon", [0.0, 0.4, 1.0])
def test_generator_advanced_by_both_draws(epsilon):
    """Always draws rng.random(B) and rng.integers(0, A, size=B), nothing else (epsilon = {epsilon})"""
    q = q_table(30, 4, 6)
    rng = np.random.default_rng(7)
    epsilon_greedy(q.copy(), epsilon, rng)
    twin = np.random.default_rng(7)
    twin.random(30)
    twin.integers(0, 4, size=30)
    after, want = rng.random(5), twin.random(5)
    assert np.array_equal(after, want), (
        "after epsilon_greedy the generator is not where rng.random(B) followed by rng.integers(0, A, size=B) leaves it"
    )


def test_uniform_draw_comes_first():
    """The uniform numbers are drawn before the random actions (A = 2, many rows explore)"""
    q = np.tile([[1.0, 0.0]], (64, 1))
    check(run(q, 0.7, np.random.default_rng(8)), expected(q, 0.7, 8), "epsilon = 0.7, seed 8")


def test_ties_go_to_lowest_index():
    """Greedy ties go to the lowest index (integer-valued Q with many ties, epsilon = 0.2)"""
    q = q_table(100, 4, 9, distinct=False)
    check(run(q, 0.2, np.random.default_rng(10)), expected(q, 0.2, 10), "Q with ties, epsilon = 0.2")


def test_u_equal_to_epsilon_is_greedy():
    """A row whose u equals epsilon exactly is greedy (u < epsilon is strict)"""
    q = q_table(8, 3, 11)
    u = np.random.default_rng(12).random(8)
    epsilon = float(u[3])
    got = run(q, epsilon, np.random.default_rng(12))
    check(got, expected(q, epsilon, 12), f"epsilon = u[3] = {epsilon!r}")


def test_single_row_and_single_action():
    """B = 1 gives a (1,) array; A = 1 always gives action 0"""
    q = np.array([[0.5, 2.0, -1.0]])
    check(run(q, 0.5, np.random.default_rng(13)), expected(q, 0.5, 13), "B = 1")
    q1 = np.random.default_rng(14).normal(size=(6, 1))
    check(run(q1, 0.5, np.random.default_rng(15)), np.zeros(6, dtype=int), "A = 1")


@pytest.mark.parametrize("epsilon", [-0.1, 1.5, 2.0])
def test_invalid_epsilon_raises(epsilon):
    """epsilon = {epsilon} raises ValueError and draws nothing"""
    rng = np.random.default_rng(16)
    with pytest.raises(ValueError):
        epsilon_greedy(Q1.copy(), epsilon, rng)
    assert np.array_equal(rng.random(3), np.random.default_rng(16).random(3)), (
        "the generator was advanced before the ValueError"
    )


def test_returns_integer_array():
    """Returns an integer array (actions are indices)"""
    arr = run(q_table(10, 3, 19), 0.5, np.random.default_rng(20))
    assert arr.dtype.kind in "iu", f"epsilon_greedy returned an array of dtype {arr.dtype}, expected an integer array"


def test_every_action_explored():
    """With epsilon = 1 every action from 0 to A - 1, the last one included, is chosen (B = 3000, A = 3)"""
    q = np.tile([[0.0, 1.0, 0.5]], (3000, 1))
    got = run(q, 1.0, np.random.default_rng(21))
    counts = [int(np.sum(got == k)) for k in range(3)]
    assert all(c > 800 for c in counts), f"with epsilon = 1 the actions 0, 1, 2 were chosen {counts} times out of 3000"


def test_does_not_modify_q():
    """Leaves q_values unchanged"""
    q = q_table(20, 4, 17)
    before = q.copy()
    epsilon_greedy(q, 0.5, np.random.default_rng(18))
    assert np.array_equal(q, before), "epsilon_greedy changed the caller's q_values"
