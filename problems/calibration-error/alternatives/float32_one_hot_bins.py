"""Float32 throughout, bins as a one-hot (N, B) matrix and per-bin sums as matrix products."""
import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    if n_bins < 1 or probs.shape[0] == 0 or labels.shape[0] != probs.shape[0]:
        raise ValueError("bad arguments")
    if np.any(labels < 0) or np.any(labels >= probs.shape[1]):
        raise ValueError("label out of range")
    p = probs.astype(np.float32)
    conf = p.max(axis=1)
    correct = (p.argmax(axis=1) == labels).astype(np.float32)
    b = np.ceil(conf * np.float32(n_bins)).astype(np.int64) - 1
    b = np.minimum(np.maximum(b, 0), n_bins - 1)
    one_hot = (b[:, None] == np.arange(n_bins)).astype(np.float32)
    gap = np.abs(correct @ one_hot - conf @ one_hot)
    return float(gap.sum() / np.float32(len(labels)))
