"""Loops while the last token is not eos, so a start token equal to eos ends decoding at once."""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    while tokens[-1] != eos_token and len(tokens) <= max_len:
        tokens.append(int(np.argmax(step_logits(np.array(tokens)))))
    return np.array(tokens)
