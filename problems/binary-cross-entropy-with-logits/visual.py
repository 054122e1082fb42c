"""The loss of one logit against target 1 and target 0, over [-40, 40], from your function beside the reference's."""
import numpy as np


def _loss(solution, logit, target):
    # Six copies of the same (logit, target): the mean is the per-element loss, a sum would be 6 times it.
    value = np.asarray(solution.bce_with_logits(np.full((2, 3), logit), np.full((2, 3), target)), dtype=float)
    if value.size != 1:
        raise ValueError(f"bce_with_logits returned an array of shape {value.shape}, not one number")
    return float(value.reshape(()))


def visual(solution):
    x = np.linspace(-40.0, 40.0, 121)
    return {
        "kind": "lines",
        "title": "Binary cross-entropy of one logit",
        "caption": "For target 1 the loss is softplus(-x): near 0 for confident right logits, growing like |x| for confident wrong ones (target 0 is its mirror). "
                   "A naive log(sigmoid) or clipped probabilities flatten or lose the straight tails.",
        "x": x,
        "xlabel": "logit x",
        "ylabel": "loss",
        "series": {
            "target 1": [_loss(solution, v, 1.0) for v in x],
            "target 0": [_loss(solution, v, 0.0) for v in x],
        },
    }
