import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import q_learning_update, td0_update

# Values of size about 1: loose enough for float32 arithmetic inside, far tighter than any mistake.
RTOL, ATOL = 1e-6, 1e-6

T1 = [(2, 5.0, 0, True), (1, 0.0, 2, False), (0, 1.0, 1, False)]
Q1 = np.array([[0.0, 1.0], [2.0, 4.0], [-1.0, 3.0]])


def ref_td0(V, transitions, alpha, gamma):
    """A Python list, updated one transition at a time."""
    v = [float(x) for x in V]
    for s, r, s_next, done in transitions:
        future = 0.0 if done else gamma * v[int(s_next)]
        v[int(s)] = v[int(s)] + alpha * (r + future - v[int(s)])
    return np.array(v)


def ref_q(Q, s, a, r, s_next, done, alpha, gamma):
    q = [[float(x) for x in row] for row in Q]
    best = max(q[int(s_next)])
    target = r + (0.0 if done else gamma * best)
    q[int(s)][int(a)] += alpha * (target - q[int(s)][int(a)])
    return np.array(q)


def td0(V, transitions, alpha, gamma):
    return as_array(td0_update(V.copy(), list(transitions), alpha, gamma), "td0_update(...)", shape=V.shape)


def qlearn(Q, *args):
    return as_array(q_learning_update(Q.copy(), *args), "q_learning_update(...)", shape=Q.shape)


def episode(n_states, length, seed, terminal_every=7):
    rng = np.random.default_rng(seed)
    out = []
    for t in range(length):
        s, s_next = int(rng.integers(n_states)), int(rng.integers(n_states))
        out.append((s, float(rng.normal()), s_next, (t + 1) % terminal_every == 0))
    return out


# ---------- TD(0) ----------


def test_td0_worked_example():
    """TD(0) worked example: [1.00625, 1.125, 2.5]"""
    assert_close(td0(np.zeros(3), T1, 0.5, 0.9), [1.00625, 1.125, 2.5], rtol=RTOL, atol=ATOL, name="td0_update")


def test_td0_order_matters():
    """TD(0) applies the transitions in order: the reversed list gives [0.5, 0, 2.5]"""
    assert_close(td0(np.zeros(3), T1[::-1], 0.5, 0.9), [0.5, 0.0, 2.5], rtol=RTOL, atol=ATOL, name="td0_update, reversed list")


@pytest.mark.parametrize("alpha, gamma", [(0.1, 0.99), (0.5, 0.5), (1.0, 0.9)])
def test_td0_random_episode(alpha, gamma):
    """TD(0) over 60 random transitions with terminals matches a one-at-a-time loop (alpha {alpha}, gamma {gamma})"""
    V = np.random.default_rng(1).normal(size=8)
    tr = episode(8, 60, 2)
    assert_close(td0(V, tr, alpha, gamma), ref_td0(V, tr, alpha, gamma), rtol=RTOL, atol=ATOL, name="td0_update")


def test_td0_terminal_ignores_next_value():
    """A terminal transition's target is the reward alone, even when V[s_next] is large"""
    V = np.array([2.0, 100.0, -3.0])
    got = td0(V, [(0, 1.5, 1, True), (2, -1.0, 1, False)], 0.5, 0.9)
    assert_close(got, [1.75, 100.0, 43.0], rtol=RTOL, atol=ATOL, name="td0_update")


def test_td0_done_as_numbers_and_numpy_types():
    """done given as 0/1 and numpy bools, states as numpy ints, give the same result"""
    V = np.random.default_rng(3).normal(size=5)
    tr = episode(5, 20, 4, terminal_every=3)
    mixed = [(np.int64(s), np.float64(r), np.int32(sn), (np.bool_(d) if i % 2 else int(d))) for i, (s, r, sn, d) in enumerate(tr)]
    assert_close(td0(V, mixed, 0.3, 0.95), ref_td0(V, tr, 0.3, 0.95), rtol=RTOL, atol=ATOL, name="td0_update")


def test_td0_self_loop():
    """A transition from a state to itself bootstraps from its value before the update"""
    got = td0(np.array([4.0, 0.0]), [(0, 1.0, 0, False)], 0.5, 0.5)
    assert_close(got, [4.0 + 0.5 * (1.0 + 0.5 * 4.0 - 4.0), 0.0], rtol=RTOL, atol=ATOL, name="td0_update")


def test_td0_repeated_state():
    """The same transition applied twice in a row: the second sees the first"""
    got = td0(np.array([0.0, 10.0]), [(0, 0.0, 1, False)] * 2, 0.5, 1.0)
    assert_close(got, [7.5, 10.0], rtol=RTOL, atol=ATOL, name="td0_update")


def test_td0_empty_list():
    """No transitions: returns a new array equal to V"""
    V = np.array([1.0, -2.0, 3.0])
    got = td0_update(V, [], 0.5, 0.9)
    if isinstance(got, np.ndarray) and np.shares_memory(got, V):
        raise AssertionError("td0_update(V, []) returned V itself (or a view of it), expected a new array")
    assert_close(got, V, rtol=RTOL, atol=ATOL, name="td0_update(V, [])")


def test_td0_does_not_modify_inputs():
    """TD(0) leaves V and the transitions list unchanged"""
    V = np.random.default_rng(5).normal(size=6)
    tr = episode(6, 15, 6)
    V0, tr0 = V.copy(), list(tr)
    td0_update(V, tr, 0.5, 0.9)
    assert np.array_equal(V, V0), "td0_update changed the caller's V"
    assert tr == tr0, "td0_update changed the caller's list of transitions"


# ---------- Q-learning ----------


def test_q_worked_example():
    """Q-learning worked example: Q[0, 1] becomes 2.8, and 1.5 when the episode ends"""
    assert_close(qlearn(Q1, 0, 1, 1.0, 1, False, 0.5, 0.9), [[0.0, 2.8], [2.0, 4.0], [-1.0, 3.0]], rtol=RTOL, atol=ATOL, name="Q")
    assert_close(qlearn(Q1, 0, 1, 2.0, 1, True, 0.5, 0.9), [[0.0, 1.5], [2.0, 4.0], [-1.0, 3.0]], rtol=RTOL, atol=ATOL, name="Q")


def test_q_bootstraps_from_max_of_next_state():
    """The target uses the largest value in row s_next (here its negative maximum, -0.5 at index 2)"""
    Q = np.array([[1.0, 2.0, 3.0, 0.0], [-3.0, -2.0, -0.5, -1.0], [5.0, 5.0, 5.0, 5.0]])
    got = qlearn(Q, 0, 3, 1.0, 1, False, 1.0, 0.5)
    want = Q.copy()
    want[0, 3] = 1.0 + 0.5 * -0.5
    assert_close(got, want, rtol=RTOL, atol=ATOL, name="Q")


def test_q_best_action_not_taken_action():
    """The target uses the best action of s_next (value 9), not the value of the action a that was taken"""
    Q = np.array([[0.0, 0.0, 0.0], [1.0, 9.0, 2.0]])
    got = qlearn(Q, 0, 0, 0.5, 1, False, 0.5, 0.8)
    assert_close(got, [[0.5 * (0.5 + 0.8 * 9.0), 0.0, 0.0], [1.0, 9.0, 2.0]], rtol=RTOL, atol=ATOL, name="Q")


@pytest.mark.parametrize("done", [False, True])
def test_q_only_one_entry_changes(done):
    """Only Q[s, a] changes (done = {done})"""
    Q = np.random.default_rng(7).normal(size=(5, 3))
    got = qlearn(Q, 3, 2, 0.7, 1, done, 0.25, 0.9)
    assert_close(got, ref_q(Q, 3, 2, 0.7, 1, done, 0.25, 0.9), rtol=RTOL, atol=ATOL, name="Q")


def test_q_self_transition():
    """s_next = s: the maximum is read before Q[s, a] is written"""
    Q = np.array([[2.0, 6.0], [0.0, 0.0]])
    got = qlearn(Q, 0, 1, 1.0, 0, False, 0.5, 0.5)
    assert_close(got, [[2.0, 6.0 + 0.5 * (1.0 + 0.5 * 6.0 - 6.0)], [0.0, 0.0]], rtol=RTOL, atol=ATOL, name="Q")


def test_q_sequence_of_updates():
    """40 Q-learning updates in a row, feeding back the returned table, match a loop"""
    rng = np.random.default_rng(8)
    Q = rng.normal(size=(6, 4))
    want = Q.copy()
    for t in range(40):
        s, a, sn = int(rng.integers(6)), int(rng.integers(4)), int(rng.integers(6))
        r, done = float(rng.normal()), t % 5 == 4
        Q = qlearn(Q, s, a, r, sn, done, 0.3, 0.9)
        want = ref_q(want, s, a, r, sn, done, 0.3, 0.9)
    assert_close(Q, want, rtol=RTOL, atol=ATOL, name="Q after 40 updates")


def test_q_does_not_modify_input():
    """Q-learning leaves Q unchanged and returns a new array"""
    Q = np.random.default_rng(9).normal(size=(4, 3))
    Q0 = Q.copy()
    got = q_learning_update(Q, 1, 1, 1.0, 2, False, 0.5, 0.9)
    assert np.array_equal(Q, Q0), "q_learning_update changed the caller's Q"
    if isinstance(got, np.ndarray) and np.shares_memory(got, Q):
        raise AssertionError("q_learning_update returned the caller's Q (or a view of it), expected a new array")
