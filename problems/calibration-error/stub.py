import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    """Expected calibration error with n_bins equal-width, right-closed confidence bins.

    probs: (N, C) predicted probabilities; labels: 1-D integer array of length N in [0, C).
    Confidence = row max, prediction = argmax (ties: lowest index); bin b holds confidences in
    (b / n_bins, (b + 1) / n_bins], a confidence of 0 goes to bin 0.
    ECE = sum over bins of (count / N) * |accuracy - mean confidence|; empty bins add 0.
    Returns a float. Raises ValueError for n_bins < 1, N == 0, len(labels) != N or a label
    outside [0, C).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    probs = np.array([[0.9, 0.1], [0.3, 0.7], [0.35, 0.65], [0.5, 0.5], [1.0, 0.0]])
    labels = np.array([0, 0, 1, 1, 0])
    print(expected_calibration_error(probs, labels, n_bins=5))
