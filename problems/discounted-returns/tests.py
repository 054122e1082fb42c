import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import discounted_returns


def tol(rewards):
    scale = float(np.max(np.abs(rewards))) if len(rewards) else 1.0
    return dict(rtol=1e-5, atol=1e-6 * max(scale, 1.0))


def loop_reference(rewards, gamma, dones=None):
    rewards = [float(r) for r in rewards]
    flags = [False] * len(rewards) if dones is None else [bool(d) for d in dones]
    out = [0.0] * len(rewards)
    following = 0.0
    for t in reversed(range(len(rewards))):
        following = rewards[t] + (0.0 if flags[t] else gamma * following)
        out[t] = following
    return np.array(out)


def returns(rewards, gamma, dones=None, name="discounted_returns(rewards, gamma, dones)"):
    if dones is None:
        got = discounted_returns(rewards.copy(), gamma)
    else:
        got = discounted_returns(rewards.copy(), gamma, dones=dones.copy())
    return as_array(got, name, shape=rewards.shape)


_rng = np.random.default_rng(0)
RANDOM = {
    "20 steps, gamma 0.9, few dones": (_rng.normal(size=20), 0.9, _rng.random(20) < 0.15),
    "50 steps, gamma 0.99, many dones": (_rng.normal(size=50) * 10, 0.99, _rng.random(50) < 0.4),
    "30 steps, gamma 0.5, last step done": (_rng.integers(-3, 4, 30).astype(float), 0.5, np.r_[_rng.random(29) < 0.2, True]),
    "40 steps, gamma 1.0, two dones in a row": (_rng.normal(size=40), 1.0, np.isin(np.arange(40), [9, 10, 25])),
}


def test_worked_example():
    """The worked example: rewards [1, 2, 3], gamma 0.5 give [2.75, 3.5, 3]"""
    r = np.array([1.0, 2.0, 3.0])
    assert_close(returns(r, 0.5), [2.75, 3.5, 3.0], **tol(r), name="discounted_returns([1, 2, 3], 0.5)")


def test_worked_example_with_done():
    """The worked example with an episode ending after step 1 gives [2, 2, 5, 4]"""
    r = np.array([1.0, 2.0, 3.0, 4.0])
    d = np.array([False, True, False, False])
    assert_close(returns(r, 0.5, d), [2.0, 2.0, 5.0, 4.0], **tol(r),
                 name="discounted_returns([1, 2, 3, 4], 0.5, dones=[F, T, F, F])")


def test_done_step_keeps_its_own_reward():
    """A step that ends its episode returns exactly its own reward: dones=[T, F, F], rewards [5, 1, 1]"""
    r = np.array([5.0, 1.0, 1.0])
    d = np.array([True, False, False])
    assert_close(returns(r, 0.9, d), [5.0, 1.9, 1.0], **tol(r), name="discounted_returns([5, 1, 1], 0.9, dones=[T, F, F])")


def test_dones_none_means_no_boundaries():
    """dones=None gives the same as all-False dones"""
    r, gamma, _ = RANDOM["20 steps, gamma 0.9, few dones"]
    want = loop_reference(r, gamma, None)
    assert_close(returns(r, gamma), want, **tol(r), name="discounted_returns(rewards, 0.9)")
    assert_close(returns(r, gamma, np.zeros(20, dtype=bool)), want, **tol(r), name="discounted_returns(rewards, 0.9, all False)")


@pytest.mark.parametrize("case", RANDOM)
def test_matches_recursion(case):
    """Matches the backward recursion ({case})"""
    r, gamma, d = RANDOM[case]
    assert_close(returns(r, gamma, d), loop_reference(r, gamma, d), **tol(r), name="discounted_returns(rewards, gamma, dones)")


def test_gamma_zero():
    """gamma = 0: each return is its own reward"""
    r = np.array([0.5, -2.0, 3.0, 1.5])
    assert_close(returns(r, 0.0), r, **tol(r), name="discounted_returns(rewards, 0.0)")


def test_gamma_one_sums_within_episodes():
    """gamma = 1: the sum of the episode's remaining rewards"""
    r = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    d = np.array([0, 0, 1, 0, 0])
    assert_close(returns(r, 1.0, d), [6.0, 5.0, 3.0, 9.0, 5.0], **tol(r), name="discounted_returns([1..5], 1.0, dones=[0, 0, 1, 0, 0])")


@pytest.mark.parametrize("kind", ["bool", "int64", "int32", "float64"])
def test_dones_types(kind):
    """dones given as {kind} (1 meaning done)"""
    r, gamma, d = RANDOM["50 steps, gamma 0.99, many dones"]
    assert_close(returns(r, gamma, d.astype(kind)), loop_reference(r, gamma, d), **tol(r),
                 name=f"discounted_returns with {kind} dones")


def test_integer_rewards_give_floats():
    """Integer rewards give a float result: [1, 1, 1] with gamma 0.5 is [1.75, 1.5, 1]"""
    r = np.array([1, 1, 1])
    assert_close(returns(r, 0.5), [1.75, 1.5, 1.0], **tol(r), name="discounted_returns(int array [1, 1, 1], 0.5)")


def test_empty():
    """T = 0 gives an empty array"""
    got = discounted_returns(np.array([], dtype=float), 0.9)
    as_array(got, "discounted_returns([], 0.9)", shape=(0,))
    got = discounted_returns(np.array([], dtype=float), 0.9, dones=np.array([], dtype=bool))
    as_array(got, "discounted_returns([], 0.9, dones=[])", shape=(0,))


def test_single_step():
    """T = 1: the return is the reward, done or not"""
    r = np.array([-4.5])
    assert_close(returns(r, 0.9), [-4.5], **tol(r), name="discounted_returns([-4.5], 0.9)")
    assert_close(returns(r, 0.9, np.array([True])), [-4.5], **tol(r), name="discounted_returns([-4.5], 0.9, [True])")


def test_long_buffer_stable():
    """Stable for T = 10^4 with gamma = 0.9, one long episode and several (finite and correct)"""
    rng = np.random.default_rng(5)
    r = rng.normal(size=10_000) * 100
    got = returns(r, 0.9, name="discounted_returns(10^4 rewards, 0.9)")
    assert_finite(got, "discounted_returns(10^4 rewards, 0.9)")
    assert_close(got, loop_reference(r, 0.9), **tol(r), name="discounted_returns(10^4 rewards, 0.9)")
    d = rng.random(10_000) < 0.001
    got = returns(r, 0.9, d, name="discounted_returns(10^4 rewards, 0.9, dones)")
    assert_finite(got, "discounted_returns(10^4 rewards, 0.9, dones)")
    assert_close(got, loop_reference(r, 0.9, d), **tol(r), name="discounted_returns(10^4 rewards, 0.9, dones)")


def test_length_mismatch():
    """dones of a different length from rewards raises ValueError"""
    with pytest.raises(ValueError):
        discounted_returns(np.array([1.0, 2.0, 3.0]), 0.9, dones=np.array([False, True]))
    with pytest.raises(ValueError):
        discounted_returns(np.array([1.0, 2.0]), 0.9, dones=np.array([False, True, False]))


def test_does_not_modify_inputs():
    """Leaves rewards and dones unchanged and returns a new array"""
    r0 = np.array([1.0, -2.0, 3.0, 0.5])
    d0 = np.array([0.0, 1.0, 0.0, 0.0])
    r, d = r0.copy(), d0.copy()
    got = discounted_returns(r, 0.7, dones=d)
    assert np.array_equal(r, r0), f"discounted_returns changed the caller's rewards: they are now {r}"
    assert np.array_equal(d, d0), f"discounted_returns changed the caller's dones: they are now {d}"
    assert not (isinstance(got, np.ndarray) and np.shares_memory(got, r)), "the result shares memory with rewards"
