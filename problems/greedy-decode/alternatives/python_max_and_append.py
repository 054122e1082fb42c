"""Grows the array with np.append and picks the first maximum with Python's max over the indices."""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = np.array([start_token])
    generated = 0
    while generated < max_len:
        logits = np.asarray(step_logits(tokens))
        best = max(range(len(logits)), key=lambda i: logits[i])  # max keeps the first of equal keys
        tokens = np.append(tokens, best)
        generated += 1
        if best == eos_token:
            break
    return tokens
