"""Preallocates the tokens with np.zeros (a float array), so the model and the caller get floats.

Hint: 1
"""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    buffer = np.zeros(max_len + 1)
    buffer[0] = start_token
    n = 1
    while n <= max_len:
        next_token = np.argmax(step_logits(buffer[:n]))
        buffer[n] = next_token
        n += 1
        if next_token == eos_token:
            break
    return buffer[:n]
