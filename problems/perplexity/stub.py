import numpy as np


def perplexity(logits, targets):
    """Perplexity of a sequence: exp of the mean cross-entropy of its tokens.

    logits: float array of shape (T, V), one row of next-token scores per position.
    targets: integer array of shape (T,), the token that actually came, each in 0..V-1.
    Returns a float: exp(mean over t of -log softmax(logits[t])[targets[t]]).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    logits = np.zeros((3, 4))
    targets = np.array([0, 3, 1])
    print(perplexity(logits, targets))
