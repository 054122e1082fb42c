"""One k-means step on three blobs: points coloured by the cluster your step assigns, its new centroids crossed."""
import numpy as np


def visual(solution):
    rng = np.random.default_rng(3)
    centres = np.array([[0.0, 0.0], [4.0, 1.0], [1.5, 4.0]])
    X = np.concatenate([c + rng.normal(scale=0.7, size=(40, 2)) for c in centres])
    start = np.array([[1.0, 1.0], [3.0, 0.0], [0.0, 3.0]])
    centroids, labels = solution.kmeans_step(X.copy(), start.copy())
    centroids, labels = np.asarray(centroids, dtype=float), np.asarray(labels)
    return {
        "kind": "points",
        "title": "One k-means step: assignments and new centroids",
        "caption": "Each point takes the colour of its nearest starting centroid; the crosses are the means of each colour.",
        "points": {"x": X[:, 0], "y": X[:, 1], "group": labels.astype(int)},
        "marks": {"x": centroids[:, 0], "y": centroids[:, 1]},
    }
