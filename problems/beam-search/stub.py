import numpy as np


def beam_search(step_log_probs, start_token, beam_width, max_len, eos_token):
    """Beam search without length normalisation.

    step_log_probs(tokens): tokens a 1-D int array (start token first) -> log probabilities (V,).
    The beam starts as [start_token] with score 0. Each step extends every sequence in the beam by
    every token, keeps the beam_width best extensions by total score; the kept ones ending in
    eos_token are finished and leave the beam. Stops when the beam is empty or after max_len
    steps. Returns (tokens, score) of the best finished or remaining sequence, tokens a 1-D int
    array starting with start_token. Ties in score: the lexicographically smaller sequence wins.
    Raises ValueError if beam_width < 1 or max_len < 1.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    probs = np.array([[0.05, 0.50, 0.40, 0.05],    # after token 0 (the start token)
                      [0.10, 0.35, 0.25, 0.30],    # after token 1
                      [0.02, 0.05, 0.03, 0.90],    # after token 2
                      [0.25, 0.25, 0.25, 0.25]])   # after token 3 (eos; never used)

    def step_log_probs(tokens):
        return np.log(probs[tokens[-1]])

    print(beam_search(step_log_probs, 0, 2, 3, 3))
