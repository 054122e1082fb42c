import numpy as np
import pytest

from harness.testkit import as_array, assert_close
from solution import knn_predict


def ref_predict(Xtr, ytr, Xte, k):
    """Exact differences, stable sort, explicit vote: an independent route to the answer."""
    out = []
    for x in Xte:
        d = ((Xtr - x) ** 2).sum(axis=1)
        order = sorted(range(len(d)), key=lambda j: (d[j], j))[:k]
        votes = {}
        for j in order:
            votes[int(ytr[j])] = votes.get(int(ytr[j]), 0) + 1
        best = max(votes.values())
        out.append(min(label for label, c in votes.items() if c == best))
    return np.array(out)


def call(Xtr, ytr, Xte, k):
    # labels in numpy's default integer type, as a learner would build them (int32 in the browser)
    got = knn_predict(np.array(Xtr, dtype=float), np.array(ytr).astype(int), np.array(Xte, dtype=float), k)
    return as_array(got, "knn_predict(...)", shape=(len(Xte),))


def explain(got, want, Xtr, ytr, Xte, k, what):
    bad = np.flatnonzero(got != want)
    if bad.size == 0:
        return
    i = int(bad[0])
    d = ((Xtr - Xte[i]) ** 2).sum(axis=1)
    ranked = sorted(range(len(d)), key=lambda j: (d[j], j))
    order = ranked[:k]
    labels = [int(ytr[j]) for j in order]
    counts = {label: labels.count(label) for label in labels}
    notes = []
    if k < len(d) and d[ranked[k - 1]] == d[ranked[k]]:
        notes.append("the k-th nearest is tied in distance with points left out: the lower training index counts as nearer")
    if list(counts.values()).count(max(counts.values())) > 1:
        notes.append("the vote is tied: the smaller label wins")
    raise AssertionError(
        f"{what}: wrong prediction for {bad.size} of {len(want)} test points; first: test point {i} got {got[i]:g}, "
        f"expected {int(want[i])}. Its {k} nearest training points are indices {order} with labels {labels} "
        f"(squared distances {', '.join(f'{d[j]:.6g}' for j in order)})"
        + ("; " + "; ".join(notes) if notes else "") + "."
    )


X5 = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0]])
Y5 = np.array([3, 3, 7, 7, 7])
T3 = np.array([[0.2, 0.2], [5.5, 4.0], [3.0, 3.0]])

_rng = np.random.default_rng(0)
_centres = np.array([[0.0, 0.0], [3.0, 0.0], [0.0, 3.0]])
_lab = _rng.integers(0, 3, size=40)
_Xr = _centres[_lab] + _rng.normal(size=(40, 2))
RANDOM = {
    "40 points, labels 3/7/11, k=5": (_Xr, np.array([3, 7, 11])[_lab], _rng.normal(size=(15, 2)) * 2 + 1, 5),
    "40 points, k=1": (_Xr, _lab, _rng.normal(size=(10, 2)) * 2 + 1, 1),
    "25 points in 4-D, k=4": (_rng.normal(size=(25, 4)), _rng.integers(0, 2, size=25), _rng.normal(size=(6, 4)), 4),
}


def test_worked_example():
    """Worked example with k = 3 predicts [3, 7, 7]"""
    got = call(X5, Y5, T3, 3)
    explain(got, np.array([3, 7, 7]), X5, Y5, T3, 3, "knn_predict(X_train, y_train, X_test, 3)")


def test_worked_example_k2_ties():
    """Worked example with k = 2 predicts [3, 7, 3] (both tie rules at work)"""
    got = call(X5, Y5, T3, 2)
    explain(got, np.array([3, 7, 3]), X5, Y5, T3, 2, "knn_predict(X_train, y_train, X_test, 2)")


def test_k1_returns_the_label_of_the_closest_point():
    """k = 1 at the training points themselves returns their own labels"""
    got = call(X5, Y5, X5, 1)
    explain(got, Y5, X5, Y5, X5, 1, "knn_predict(X, y, X, 1)")


@pytest.mark.parametrize("case", RANDOM)
def test_matches_majority_vote(case):
    """Majority vote of the k nearest ({case})"""
    Xtr, ytr, Xte, k = RANDOM[case]
    got = call(Xtr, ytr, Xte, k)
    explain(got, ref_predict(Xtr, ytr, Xte, k), Xtr, ytr, Xte, k, f"k={k}")


def test_vote_tie_goes_to_the_smaller_label():
    """Equal votes: the smaller label wins, even when the larger label is nearer"""
    Xtr = np.array([[1.0], [2.0], [3.0], [4.0], [10.0]])
    ytr = np.array([7, 3, 7, 3, 3])
    Xte = np.array([[0.0], [0.0]])
    got2 = call(Xtr, ytr, Xte[:1], 2)
    if got2[0] == 7:
        raise AssertionError(
            "with k = 2 the neighbours have labels [7, 3]: one vote each, a tie, which the smaller label 3 must win; "
            "you returned 7"
        )
    explain(got2, np.array([3]), Xtr, ytr, Xte[:1], 2, "k=2")
    got4 = call(Xtr, ytr, Xte[:1], 4)
    explain(got4, np.array([3]), Xtr, ytr, Xte[:1], 4, "k=4 (labels [7, 3, 7, 3])")


def test_vote_tie_with_larger_label_counted_first():
    """Equal votes 2-2 with labels 9 and 4: predicts 4"""
    Xtr = np.array([[0.0, 1.0], [0.0, 2.0], [0.0, -3.0], [0.0, -4.0], [9.0, 9.0]])
    ytr = np.array([9, 9, 4, 4, 4])
    got = call(Xtr, ytr, np.zeros((1, 2)), 4)
    explain(got, np.array([4]), Xtr, ytr, np.zeros((1, 2)), 4, "k=4")


def test_distance_tie_goes_to_the_lower_index():
    """Equal distances: the lower training index counts as nearer"""
    # test point 0; index 0 at distance 1 (label 0); indices 1..4 all at distance 2 with labels [1, 1, 0, 0]
    Xtr = np.array([[1.0], [2.0], [-2.0], [2.0], [-2.0], [9.0]])
    ytr = np.array([0, 1, 1, 0, 0, 0])
    got = call(Xtr, ytr, np.zeros((1, 1)), 3)
    if got[0] == 0:
        raise AssertionError(
            "the 3 nearest of test point 0 are index 0 (distance 1) and, of the four points tied at distance 2 "
            "(indices 1, 2, 3, 4), the two with the lowest indices, 1 and 2: labels [0, 1, 1] -> 1. You returned 0. "
            "np.argsort(..., kind='stable') keeps equal distances in index order."
        )
    explain(got, np.array([1]), Xtr, ytr, np.zeros((1, 1)), 3, "k=3")
    got1 = call(np.array([[1.0], [-1.0]]), np.array([9, 4]), np.zeros((1, 1)), 1)
    assert got1[0] == 9, f"two training points at distance 1 (index 0 label 9, index 1 label 4), k = 1: the lower index wins, so 9; got {got1[0]:g}"


def test_many_equal_distances_keep_index_order():
    """Many points at equal distance: the k nearest are the lowest indices among them (a stable sort)"""
    rng = np.random.default_rng(7)
    x = rng.choice([-2.0, -1.0, 1.0, 2.0], size=60)
    Xtr = x[:, None]
    d = x ** 2
    first7 = sorted(range(60), key=lambda j: (d[j], j))[:7]
    ytr = np.zeros(60, dtype=int)
    ytr[[first7[0], first7[1], first7[2], first7[6]]] = 1      # 4 of the true 7 nearest have label 1
    got = call(Xtr, ytr, np.zeros((1, 1)), 7)
    if got[0] != 1:
        raise AssertionError(
            f"29 training points are tied at distance 1 from the test point; the 7 nearest are the 7 of them with the lowest "
            f"indices, {first7}, whose labels vote 4 to 3 for label 1, but you returned {got[0]:g}. "
            "np.argsort(dist, kind='stable') keeps equal distances in index order (the default algorithm need not)."
        )


def test_k_equals_all_training_points():
    """k = n_train: every training point votes (overall majority, ties to the smaller label)"""
    Xtr = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
    ytr = np.array([5, 2, 5, 2, 8, 8])
    got = call(Xtr, ytr, np.array([[0.0], [100.0], [-3.0]]), 6)
    explain(got, np.array([2, 2, 2]), Xtr, ytr, np.array([[0.0], [100.0], [-3.0]]), 6, "k=6")


def test_negative_labels():
    """Labels need not start at 0: -1 / +1 labels work"""
    Xtr = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [4.0, 4.0], [4.0, 5.0], [5.0, 4.0]])
    ytr = np.array([-1, -1, -1, 1, 1, 1])
    Xte = np.array([[0.5, 0.5], [4.2, 4.2], [2.0, 2.0]])
    got = call(Xtr, ytr, Xte, 3)
    explain(got, np.array([-1, 1, -1]), Xtr, ytr, Xte, 3, "labels -1 / +1, k=3")


def test_inputs_unchanged():
    """X_train, y_train and X_test are left unchanged"""
    Xtr, ytr, Xte, k = RANDOM["40 points, labels 3/7/11, k=5"]
    a, b, c = Xtr.copy(), ytr.copy(), Xte.copy()
    knn_predict(a, b, c, k)
    assert np.array_equal(a, Xtr), "knn_predict changed the caller's X_train"
    assert np.array_equal(b, ytr), "knn_predict changed the caller's y_train"
    assert np.array_equal(c, Xte), "knn_predict changed the caller's X_test"
