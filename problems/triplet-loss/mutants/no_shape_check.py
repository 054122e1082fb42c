"""Does not check the three shapes, so inputs that broadcast (a single positive row) are not a ValueError."""
import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    d_pos = np.linalg.norm(anchor - positive, axis=-1)
    d_neg = np.linalg.norm(anchor - negative, axis=-1)
    return float(np.mean(np.maximum(0.0, d_pos - d_neg + margin)))
