import numpy as np


def apply_repetition_penalty(logits, prev_tokens, penalty):
    """Penalise every token that occurs in prev_tokens (CTRL's repetition penalty).

    logits: array (V,). prev_tokens: ids in [0, V) (array or list, may be empty, may repeat).
    penalty: > 0. For each distinct id j in prev_tokens: logits[j] / penalty if logits[j] > 0,
    else logits[j] * penalty. Returns a new float array (V,).
    Raises ValueError if penalty <= 0 or an id is outside [0, V).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    z = np.array([2.0, -1.0, 0.5, 0.0, 3.0])
    print(apply_repetition_penalty(z, np.array([0, 1, 3, 0]), 2.0))
