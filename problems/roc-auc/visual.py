"""ROC AUC of two overlapping score clouds as the positives are shifted past the negatives."""
import numpy as np


def visual(solution):
    rng = np.random.default_rng(11)
    neg = rng.normal(size=40)
    pos = rng.normal(size=40)
    y = np.concatenate([np.zeros(40, dtype=int), np.ones(40, dtype=int)])[rng.permutation(80)]
    order = np.argsort(y, kind="stable")  # where each label's scores go, in the shuffled order
    shifts = np.linspace(-3.0, 3.0, 41)
    smooth, tied = [], []
    for shift in shifts:
        scores = np.empty(80)
        scores[order] = np.concatenate([neg, pos + shift])
        smooth.append(float(np.asarray(solution.roc_auc(y.copy(), scores.copy()), dtype=float)))
        tied.append(float(np.asarray(solution.roc_auc(y.copy(), np.round(scores)), dtype=float)))
    return {
        "kind": "lines",
        "title": "AUC as the positives' scores move past the negatives'",
        "caption": "AUC is the chance a random positive outscores a random negative: 0 when every positive is below, 1/2 when the clouds coincide, 1 when every positive is above. "
                   "Rounding the scores to whole numbers makes many ties, each worth 1/2; counting them as 0 or 1 bends that curve off the smooth one.",
        "x": shifts,
        "xlabel": "shift of the positives' scores",
        "ylabel": "ROC AUC",
        "series": {"exact scores": smooth, "scores rounded (many ties)": tied},
    }
