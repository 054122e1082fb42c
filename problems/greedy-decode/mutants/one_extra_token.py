"""Loops max_len + 1 times, generating one token too many when eos does not come.

Hint: 2
"""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    for _ in range(max_len + 1):
        next_token = int(np.argmax(step_logits(np.array(tokens))))
        tokens.append(next_token)
        if next_token == eos_token:
            break
    return np.array(tokens)
