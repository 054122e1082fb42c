import numpy as np


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    """Speculative decoding's verification step (modified rejection sampling).

    draft_tokens (K,) ints; draft_probs (K, V); target_probs (K + 1, V); rng: np.random.Generator.
    For i = 0..K-1: u = rng.random(); accept t = draft_tokens[i] if u < min(1, p[i, t] / q[i, t]).
    At the first rejection: one more rng.random() samples the replacement from
    max(0, p[i] - q[i]) normalised, then stop. If all K are accepted: one more rng.random()
    samples a bonus token from p[K]. Sampling = the smallest index whose cumulative
    probability exceeds u (if rounding keeps them all <= u: the last index with positive
    probability). Returns the emitted tokens, a 1-D int array.
    Raises ValueError if the shapes do not fit together.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    q = np.array([[0.2, 0.2, 0.6], [0.5, 0.3, 0.2]])
    p = np.array([[0.3, 0.3, 0.4], [0.1, 0.6, 0.3], [0.1, 0.1, 0.8]])
    print(speculative_accept(np.array([2, 0]), q, p, np.random.default_rng(0)))
