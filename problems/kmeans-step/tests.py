import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import kmeans_step


def ref_step(X, C):
    d = ((X[:, None, :] - C[None, :, :]) ** 2).sum(-1)
    labels = np.argmin(d, axis=1)
    new = C.copy()
    for j in range(len(C)):
        if np.any(labels == j):
            new[j] = X[labels == j].mean(axis=0)
    return new, labels


def call(X, C):
    """Call the learner on copies; check the pair and its shapes."""
    result = kmeans_step(np.array(X, dtype=float), np.array(C, dtype=float))
    if result is None:
        raise AssertionError("kmeans_step returned None: did your function forget to `return new_centroids, labels`?")
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise AssertionError(f"kmeans_step should return a pair (new_centroids, labels), got {type(result).__name__}")
    new, labels = result
    n, k = len(X), len(C)
    lab = np.asarray(labels)
    if lab.shape == (k, X.shape[1]) and np.asarray(new).shape == (n,):
        raise AssertionError("kmeans_step returned (labels, new_centroids): return them in the order (new_centroids, labels)")
    if lab.shape != (n,):
        raise AssertionError(
            f"labels has shape {lab.shape}, expected ({n},): one label per point"
            + (" (one entry per centroid, not one per point)" if lab.shape == (k,) else "")
        )
    if not np.issubdtype(lab.dtype, np.integer):
        raise AssertionError(f"labels should be integers (centroid indices), got values like {lab[:3]} of a non-integer type")
    new = as_array(new, "new_centroids", shape=C.shape)
    if np.isnan(new).any():
        j = int(np.argwhere(np.isnan(new))[0][0])
        empty = not np.any(lab == j)
        raise AssertionError(
            f"new_centroids[{j}] is {new[j]}"
            + (f": centroid {j} got no points, and the mean of an empty set is nan. Keep the old centroid when a cluster is empty."
               if empty else ": nan in a centroid that has points")
        )
    return new, lab


def assert_labels(got, want, X, C):
    bad = np.flatnonzero(got != want)
    if bad.size == 0:
        return
    i = int(bad[0])
    d = ((X[i] - C) ** 2).sum(axis=1)
    tied = np.flatnonzero(d == d.min())
    if len(tied) > 1 and got[i] in tied:
        raise AssertionError(
            f"point X[{i}] = {X[i]} is equally far (squared distance {d.min():g}) from centroids {[int(t) for t in tied]}; a tie "
            f"goes to the lowest index, {int(want[i])}, but its label is {int(got[i])}. np.argmin returns the first minimum; a loop "
            "should replace the best centroid only on a strictly smaller distance (<, not <=)."
        )
    raise AssertionError(
        f"labels are wrong at {bad.size} of {len(want)} points; first: X[{i}] = {X[i]} has label {int(got[i])}, expected {int(want[i])} "
        f"(squared distances to the centroids: {d})"
    )


X5 = np.array([[0.0, 0.0], [1.0, 0.0], [4.0, 4.0], [5.0, 4.0], [2.0, 2.0]])
C3 = np.array([[0.0, 1.0], [5.0, 5.0], [20.0, 20.0]])

_rng = np.random.default_rng(0)
_blobs = np.concatenate([_rng.normal(size=(20, 3)) + c for c in ([0, 0, 0], [4, 4, 0], [0, 5, 5])])
RANDOM = {
    "n=60, d=3, k=4": (_blobs, _blobs[[0, 1, 25, 45]] + 0.1),
    "n=60, d=3, k=2": (_blobs, _rng.normal(size=(2, 3)) * 3),
    "n=7, d=5, k=3": (_rng.normal(size=(7, 5)), _rng.normal(size=(3, 5))),
}


def test_worked_example():
    """Worked example: labels [0, 0, 1, 1, 0], centroids (1, 2/3), (4.5, 4), (20, 20)"""
    new, labels = call(X5, C3)
    assert_labels(labels, np.array([0, 0, 1, 1, 0]), X5, C3)
    assert_close(new, [[1.0, 2 / 3], [4.5, 4.0], [20.0, 20.0]], rtol=1e-9, atol=1e-12, name="new_centroids")


def test_one_dimensional_with_a_tie():
    """1-D: points 0..4, centroids 1 and 3; the point 2 is tied and goes to centroid 0"""
    X = np.arange(5.0)[:, None]
    C = np.array([[1.0], [3.0]])
    new, labels = call(X, C)
    assert_labels(labels, np.array([0, 0, 0, 1, 1]), X, C)
    assert_close(new, [[1.0], [3.5]], rtol=1e-9, atol=1e-12, name="new_centroids")


@pytest.mark.parametrize("case", RANDOM)
def test_matches_lloyd_step(case):
    """Labels and new centroids match one Lloyd step ({case})"""
    X, C = RANDOM[case]
    new, labels = call(X, C)
    new_ref, labels_ref = ref_step(X, C)
    assert_labels(labels, labels_ref, X, C)
    assert_finite(new, "new_centroids")
    assert_close(new, new_ref, rtol=1e-9, atol=1e-12, name="new_centroids")


def test_ties_go_to_the_lowest_index():
    """Points equidistant from several centroids go to the lowest index"""
    C = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    X = np.array([[0.0, 0.0],     # tied between all four -> 0
                  [-1.0, 1.0],    # tied between 1 and 2 -> 1
                  [1.0, -1.0],    # tied between 0 and 3 -> 0
                  [-1.0, -1.0],   # tied between 2 and 3 -> 2
                  [3.0, 0.0],     # clearly 0
                  [0.0, -4.0]])   # clearly 3
    _, labels = call(X, C)
    assert_labels(labels, np.array([0, 1, 0, 2, 0, 3]), X, C)


def test_empty_cluster_keeps_its_centroid():
    """A centroid that attracts no point stays where it was (no nan, no zeros)"""
    X = np.array([[0.0, 0.0], [1.0, 1.0], [10.0, 10.0], [11.0, 9.0]])
    C = np.array([[0.5, 0.5], [-50.0, 30.0], [10.0, 10.0], [7.0, -40.0]])
    new, labels = call(X, C)
    assert_labels(labels, np.array([0, 0, 2, 2]), X, C)
    for j in (1, 3):
        row = new[j]
        if np.isnan(row).any():
            raise AssertionError(
                f"new_centroids[{j}] is {row}: centroid {j} has no points, and the mean of an empty set is nan. "
                "Keep the old centroid when a cluster is empty."
            )
        if np.all(row == 0):
            raise AssertionError(f"new_centroids[{j}] is {row}: centroid {j} has no points and should keep its old position {C[j]}, not move to the origin")
    assert_close(new, [[0.5, 0.5], [-50.0, 30.0], [10.5, 9.5], [7.0, -40.0]], rtol=1e-9, atol=1e-12, name="new_centroids")


def test_labels_are_the_assignment_to_the_old_centroids():
    """labels are the assignment to the given centroids, the one the update used"""
    X = np.array([[0.0], [2.0], [3.0], [10.0]])
    C = np.array([[0.0], [4.0]])
    new, labels = call(X, C)
    if np.array_equal(labels, [0, 0, 0, 1]):
        raise AssertionError(
            "labels are [0, 0, 0, 1], the assignment to the *new* centroids [1, 6.5]; return the assignment to the "
            "centroids you were given, [0, 0, 1, 1], which is the one the new centroids are the means of"
        )
    assert_labels(labels, np.array([0, 0, 1, 1]), X, C)
    assert_close(new, [[1.0], [6.5]], rtol=1e-9, atol=1e-12, name="new_centroids")


def test_converged_centroids_are_a_fixed_point():
    """Centroids that already are their clusters' means do not move"""
    X, _ = RANDOM["n=60, d=3, k=4"]
    C, _ = ref_step(X, RANDOM["n=60, d=3, k=4"][1])
    for _ in range(20):
        C, _ = ref_step(X, C)
    new, _ = call(X, C)
    assert_close(new, C, rtol=1e-9, atol=1e-12, name="new_centroids at convergence")


def test_single_centroid_moves_to_the_mean():
    """k = 1: every label is 0 and the centroid becomes the mean of X"""
    X = RANDOM["n=7, d=5, k=3"][0]
    new, labels = call(X, np.zeros((1, 5)))
    assert np.all(labels == 0), f"with one centroid every label must be 0, got {labels}"
    assert_close(new, X.mean(axis=0, keepdims=True), rtol=1e-9, atol=1e-12, name="new_centroids")


def test_inputs_unchanged_and_result_is_new():
    """X and centroids are left unchanged; new_centroids is a new array"""
    X, C = RANDOM["n=60, d=3, k=4"]
    Xc, Cc = X.copy(), C.copy()
    new, _ = kmeans_step(Xc, Cc)
    assert np.array_equal(Cc, C), (
        "kmeans_step changed the caller's centroids array (updated it in place?); "
        "build the new centroids in a copy, e.g. new = centroids.copy()"
    )
    assert np.array_equal(Xc, X), "kmeans_step changed the caller's X"
    assert not np.shares_memory(np.asarray(new), Cc), "new_centroids shares memory with the centroids passed in: return a new array"
