"""A boolean mask of the vocabulary (np.isin) and one np.where over the whole row."""
import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    if penalty <= 0:
        raise ValueError("penalty must be positive")
    z = np.asarray(logits, dtype=np.float64)
    prev = np.asarray(prev_tokens).astype(np.int64).reshape(-1)
    V = z.shape[0]
    if np.any((prev < 0) | (prev >= V)):
        raise ValueError("token id outside the vocabulary")
    seen = np.isin(np.arange(V), prev)
    penalised = np.where(z > 0, z / penalty, z * penalty)
    return np.where(seen, penalised, z)
