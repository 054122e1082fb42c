"""Preallocates an integer buffer and hands the model a view of the filled prefix each step."""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    buffer = np.empty(max_len + 1, dtype=np.int64)
    buffer[0] = start_token
    n = 1
    while n <= max_len:
        buffer[n] = np.argmax(step_logits(buffer[:n]))
        n += 1
        if buffer[n - 1] == eos_token:
            break
    return buffer[:n].copy()
