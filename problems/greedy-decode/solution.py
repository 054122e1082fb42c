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
    tokens = [int(start_token)]
    for _ in range(max_len):
        logits = step_logits(np.array(tokens))
        next_token = int(np.argmax(logits))  # np.argmax returns the first index among ties
        tokens.append(next_token)
        if next_token == eos_token:
            break
    return np.array(tokens)
