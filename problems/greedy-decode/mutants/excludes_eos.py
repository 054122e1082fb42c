"""Checks for eos before appending it, so the end-of-sequence token is left out of the result.

Hint: 2
"""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    for _ in range(max_len):
        next_token = int(np.argmax(step_logits(np.array(tokens))))
        if next_token == eos_token:
            break
        tokens.append(next_token)
    return np.array(tokens)
