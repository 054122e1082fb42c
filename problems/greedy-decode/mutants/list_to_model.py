"""Calls step_logits with the Python list of tokens instead of a numpy array.

Hint: 1
"""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    for _ in range(max_len):
        next_token = int(np.argmax(step_logits(tokens)))
        tokens.append(next_token)
        if next_token == eos_token:
            break
    return np.array(tokens)
