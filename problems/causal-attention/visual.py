"""Causal attention weights of 10 positions, read off your function by passing v = identity (so out == weights)."""
import numpy as np

T, D = 10, 4


def visual(solution):
    rng = np.random.default_rng(5)
    q = rng.normal(size=(1, T, D))  # a batch of one: the time axis is the second-to-last
    k = rng.normal(size=(1, T, D))
    eye = np.eye(T)[None]  # out = weights @ I = weights
    soft = np.asarray(solution.causal_attention(q.copy(), k.copy(), eye.copy()), dtype=float)
    sharp = np.asarray(solution.causal_attention(500.0 * q, k.copy(), eye.copy()), dtype=float)  # scores in the hundreds
    return {
        "kind": "heatmaps",
        "title": "Who attends to whom: causal attention weights",
        "caption": "Row i is how query i spreads its attention over keys j (columns); everything right of the diagonal is the future and must be exactly 0, "
                   "and every row sums to 1. With scores in the hundreds (second panel) each row puts all its weight on its best past key, and nothing may overflow.",
        "panels": [
            {"title": "weights (query x key)", "z": soft[0]},
            {"title": "weights, queries scaled by 500", "z": sharp[0]},
        ],
    }
