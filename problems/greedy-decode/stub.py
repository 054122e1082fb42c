import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    """Greedy decoding: repeatedly append the most likely next token.

    step_logits: callable; step_logits(tokens) takes the 1-D int array of the tokens so far
        (start token first) and returns the logits of the next token, a float array of shape (V,).
    start_token: int, the first token of the sequence (not generated, never checked against eos).
    max_len: int >= 0, the largest number of tokens to generate after the start token.
    eos_token: int; decoding stops right after this token is generated (it is included).
    Returns a 1-D int array: start_token followed by the generated tokens.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    table = np.array([[0.0, 2.0, 1.0, 0.0, 0.0],
                      [0.0, 0.0, 3.0, 1.0, 0.0],
                      [0.5, 0.0, 0.0, 2.0, 1.0],
                      [0.0, 0.0, 0.0, 0.0, 4.0],
                      [1.0, 0.0, 0.0, 0.0, 0.0]])

    def step_logits(tokens):
        return table[tokens[-1]]

    print(greedy_decode(step_logits, 0, 10, 4))
