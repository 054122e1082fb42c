"""Passes the whole preallocated buffer (with unused zeros at the end) to step_logits, not the tokens so far.

Hint: 1
"""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    buffer = np.zeros(max_len + 1, dtype=int)
    buffer[0] = start_token
    n = 1
    while n <= max_len:
        next_token = int(np.argmax(step_logits(buffer)))
        buffer[n] = next_token
        n += 1
        if next_token == eos_token:
            break
    return buffer[:n].copy()
