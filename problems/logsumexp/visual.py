"""logsumexp of rows shifted by a over [-1000, 1000], minus a: flat lines if the shift by the max is right."""
import numpy as np


def visual(solution):
    a = np.linspace(-1000.0, 1000.0, 201)
    ones = np.ones_like(a)
    rows = np.stack([
        np.stack([a, a, a - 40.0], axis=-1),  # logsumexp = a + log(2 + e^-40), about a + log 2
        np.stack([a, a - 1.0, -np.inf * ones], axis=-1),  # logsumexp = a + log(1 + e^-1); exp(-inf) = 0
    ])  # (2, 201, 3): reduce the last axis
    out = np.asarray(solution.logsumexp(rows.copy(), axis=-1), dtype=float)
    if out.shape != (2, a.size):
        raise ValueError(f"logsumexp returned shape {out.shape} for an input of shape {rows.shape} and axis=-1")
    with np.errstate(invalid="ignore"):
        shifted = out - a
    return {
        "kind": "lines",
        "title": "logsumexp(row) − a for rows near a, from a = −1000 to 1000",
        "caption": "Shifting a row by a shifts its logsumexp by exactly a, so both lines must stay flat (at log 2 and at log(1 + 1/e)) however large |a| is. "
                   "exp without subtracting the row's max overflows past a ≈ 709 and underflows below a ≈ −745: the lines break off.",
        "x": a,
        "xlabel": "a",
        "ylabel": "logsumexp − a",
        "series": {"[a, a, a − 40]": shifted[0], "[a, a − 1, −inf]": shifted[1]},
    }
