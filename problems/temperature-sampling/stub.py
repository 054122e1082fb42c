import numpy as np


def sample_tokens(logits, temperature, rng):
    """Draw one token per row from softmax(logits / temperature) by inverse transform sampling.

    logits: float array (..., V), finite or -inf, at least one finite entry per row.
    temperature: float > 0 (else ValueError). rng: np.random.Generator.
    Draws exactly u = rng.random(logits.shape[:-1]); each row's token is the smallest index j
    whose cumulative probability exceeds u (the last index if rounding keeps them all <= u).
    Returns an int array of shape logits.shape[:-1], or a Python int for 1-D logits.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    z = np.log(np.array([0.2, 0.5, 0.3]))
    print(sample_tokens(z, 1.0, np.random.default_rng(0)))
