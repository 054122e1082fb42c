import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import gae

R = np.array([1.0, 0.0, 2.0])
V = np.array([0.5, 1.0, 0.0, 3.0])
D = np.array([False, False, True])


def tol(*arrays):
    scale = max([float(np.max(np.abs(a))) for a in arrays if len(a)] + [1.0])
    return dict(rtol=1e-5, atol=1e-6 * scale)


def loop_reference(rewards, values, dones, gamma, lam):
    """GAE as the explicit sum over future TD errors within the episode."""
    T = len(rewards)
    flags = [bool(x) for x in dones]
    deltas = []
    for t in range(T):
        bootstrap = 0.0 if flags[t] else gamma * float(values[t + 1])
        deltas.append(float(rewards[t]) + bootstrap - float(values[t]))
    adv = []
    for t in range(T):
        total, weight, k = 0.0, 1.0, t
        while k < T:
            total += weight * deltas[k]
            if flags[k]:
                break
            weight *= gamma * lam
            k += 1
        adv.append(total)
    adv = np.array(adv)
    return adv, adv + np.asarray(values[:T], dtype=float)


def run(rewards, values, dones, gamma=None, lam=None, name="gae(rewards, values, dones, gamma, lam)"):
    kwargs = {}
    if gamma is not None:
        kwargs["gamma"] = gamma
    if lam is not None:
        kwargs["lam"] = lam
    got = gae(rewards.copy(), values.copy(), dones.copy(), **kwargs)
    assert isinstance(got, tuple) and len(got) == 2, (
        f"{name} should return a tuple (advantages, returns), got {type(got).__name__}"
    )
    T = len(rewards)
    adv = as_array(got[0], f"advantages from {name}", shape=(T,))
    ret = as_array(got[1], f"returns from {name}", shape=(T,))
    return adv, ret


def check(got, want, t, name):
    assert_close(got[0], want[0], **t, name=f"advantages of {name}")
    assert_close(got[1], want[1], **t, name=f"returns of {name}")


def make_case(seed, T, p_done, scale=1.0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=T) * scale, rng.normal(size=T + 1) * scale, rng.random(T) < p_done


RANDOM = {
    "25 steps, few dones": (*make_case(0, 25, 0.1), 0.99, 0.95),
    "60 steps, many dones, scale 100": (*make_case(1, 60, 0.35, 100.0), 0.9, 0.8),
    "40 steps, no dones": (*make_case(2, 40, 0.0), 0.97, 0.9),
    "30 steps, last step done": None,
}
_r, _v, _d = make_case(3, 30, 0.2)
_d[-1] = True
RANDOM["30 steps, last step done"] = (_r, _v, _d, 0.95, 0.7)


def test_worked_example():
    """The worked example: advantages [0.875, -0.5, 2], returns [1.375, 0.5, 2]"""
    got = run(R, V, D, 0.5, 0.5, name="the worked example")
    check(got, ([0.875, -0.5, 2.0], [1.375, 0.5, 2.0]), tol(R, V), "the worked example")


def test_worked_example_bootstraps_without_done():
    """The worked example without dones bootstraps from V_T = 3: advantages [0.96875, -0.125, 3.5]"""
    got = run(R, V, np.zeros(3, dtype=bool), 0.5, 0.5, name="the worked example without dones")
    check(got, ([0.96875, -0.125, 3.5], [1.46875, 0.875, 3.5]), tol(R, V), "the worked example without dones")


def test_default_gamma_and_lam():
    """Without gamma and lam, gamma = 0.99 and lam = 0.95 are used"""
    r, v, d, _, _ = RANDOM["25 steps, few dones"]
    check(run(r, v, d, name="gae(rewards, values, dones)"), loop_reference(r, v, d, 0.99, 0.95), tol(r, v),
          "gae(rewards, values, dones)")


@pytest.mark.parametrize("case", RANDOM)
def test_matches_sum_of_td_errors(case):
    """Matches the discounted sum of TD errors within each episode ({case})"""
    r, v, d, gamma, lam = RANDOM[case]
    check(run(r, v, d, gamma, lam), loop_reference(r, v, d, gamma, lam), tol(r, v), case)


def test_done_step_ignores_bootstrap():
    """At a done step A_t = r_t - V_t: neither the next value nor later advantages flow back"""
    r = np.array([1.0, 5.0, 7.0])
    v = np.array([2.0, 100.0, -50.0, 9.0])
    d = np.array([1, 0, 1])
    want_adv = np.array([1.0 - 2.0, 5.0 + 0.9 * -50.0 - 100.0 + 0.9 * 0.5 * (7.0 + 50.0), 7.0 + 50.0])
    check(run(r, v, d, 0.9, 0.5), (want_adv, want_adv + v[:3]), tol(r, v), "gae with dones [1, 0, 1]")


def test_lam_zero_is_td_error():
    """lam = 0 gives the one-step TD errors"""
    r, v, d, gamma, _ = RANDOM["60 steps, many dones, scale 100"]
    delta = r + gamma * v[1:] * (1 - d) - v[:-1]
    check(run(r, v, d, gamma, 0.0), (delta, delta + v[:-1]), tol(r, v), "gae with lam = 0")


def test_lam_one_returns_are_discounted_returns():
    """lam = 1: the returns are the discounted returns, bootstrapped from V_T when the last step is not done"""
    r, v, d, gamma, _ = RANDOM["25 steps, few dones"]
    d = d.copy()
    d[-1] = False
    g, want = v[-1], np.empty(len(r))
    for t in reversed(range(len(r))):
        g = r[t] + gamma * (0.0 if d[t] else g)
        want[t] = g
    adv, ret = run(r, v, d, gamma, 1.0)
    assert_close(ret, want, **tol(r, v), name="returns of gae with lam = 1")
    assert_close(adv, want - v[:-1], **tol(r, v), name="advantages of gae with lam = 1")


def test_gamma_lam_not_gamma_alone():
    """The recursion discounts by gamma * lam: two steps, gamma 0.5, lam 0.2"""
    r = np.array([0.0, 1.0])
    v = np.zeros(3)
    d = np.array([False, True])
    # delta = [0, 1]; A_1 = 1, A_0 = 0 + 0.5 * 0.2 * 1 = 0.1
    check(run(r, v, d, 0.5, 0.2), ([0.1, 1.0], [0.1, 1.0]), tol(r, v), "gae([0, 1], zeros, [F, T], 0.5, 0.2)")


@pytest.mark.parametrize("kind", ["bool", "int64", "int32", "float64"])
def test_dones_types(kind):
    """dones given as {kind} (1 meaning done)"""
    r, v, d, gamma, lam = RANDOM["60 steps, many dones, scale 100"]
    check(run(r, v, d.astype(kind), gamma, lam), loop_reference(r, v, d, gamma, lam), tol(r, v), f"gae with {kind} dones")


def test_integer_rewards_give_floats():
    """Integer rewards and values give float results"""
    r = np.array([1, 2, 3])
    v = np.array([0, 1, 1, 2])
    d = np.array([False, False, False])
    want = loop_reference(r, v, d, 0.5, 0.5)
    check(run(r, v, d, 0.5, 0.5), want, tol(r, v), "gae with integer rewards and values")


def test_empty_buffer():
    """T = 0 (values holds only the bootstrap value) gives two empty arrays"""
    run(np.array([], dtype=float), np.array([1.5]), np.array([], dtype=bool), 0.99, 0.95, name="gae of an empty buffer")


def test_single_step():
    """T = 1: A_0 = r_0 + gamma V_1 (1 - d_0) - V_0"""
    check(run(np.array([2.0]), np.array([1.0, 4.0]), np.array([False]), 0.5, 0.9), ([3.0], [4.0]), tol(), "gae of one step, not done")
    check(run(np.array([2.0]), np.array([1.0, 4.0]), np.array([True]), 0.5, 0.9), ([1.0], [2.0]), tol(), "gae of one step, done")


def test_long_buffer_stable():
    """Stable for T = 10^4 with gamma * lam = 0.9 (finite and correct)"""
    rng = np.random.default_rng(9)
    r, v = rng.normal(size=10_000) * 10, rng.normal(size=10_001) * 10
    for d in (np.zeros(10_000, dtype=bool), rng.random(10_000) < 0.0005):
        adv, ret = run(r, v, d, 0.99, 0.9 / 0.99, name="gae of 10^4 steps")
        assert_finite(adv, "advantages of 10^4 steps")
        want = np.empty(10_000)
        a = 0.0
        delta = r + 0.99 * v[1:] * (1 - d) - v[:-1]
        for t in range(9_999, -1, -1):
            a = delta[t] + 0.9 * (1 - d[t]) * a
            want[t] = a
        assert_close(adv, want, **tol(r, v), name="advantages of 10^4 steps")
        assert_close(ret, want + v[:-1], **tol(r, v), name="returns of 10^4 steps")


@pytest.mark.parametrize("n_values", [3, 5])
def test_values_length(n_values):
    """values of length {n_values} for T = 3 rewards (not T + 1) raises ValueError"""
    with pytest.raises(ValueError):
        gae(R.copy(), np.zeros(n_values), D.copy(), 0.9, 0.9)


@pytest.mark.parametrize("n_dones", [2, 4])
def test_dones_length(n_dones):
    """dones of length {n_dones} for T = 3 rewards raises ValueError"""
    with pytest.raises(ValueError):
        gae(R.copy(), V.copy(), np.zeros(n_dones, dtype=bool), 0.9, 0.9)


def test_does_not_modify_inputs():
    """Leaves rewards, values and dones unchanged and returns new arrays"""
    r, v, d = R.copy(), V.copy(), np.array([0.0, 1.0, 0.0])
    adv, ret = gae(r, v, d, 0.5, 0.5)
    assert np.array_equal(r, R), f"gae changed the caller's rewards: they are now {r}"
    assert np.array_equal(v, V), f"gae changed the caller's values: they are now {v}"
    assert np.array_equal(d, [0.0, 1.0, 0.0]), f"gae changed the caller's dones: they are now {d}"
    for out, what in ((adv, "advantages"), (ret, "returns")):
        for arr, arg in ((r, "rewards"), (v, "values")):
            assert not (isinstance(out, np.ndarray) and np.shares_memory(out, arr)), f"the {what} share memory with {arg}"
