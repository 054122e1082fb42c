"""Picks the next token with np.argsort(logits)[-1], which takes the highest index among tied maxima."""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    for _ in range(max_len):
        next_token = int(np.argsort(step_logits(np.array(tokens)), kind="stable")[-1])
        tokens.append(next_token)
        if next_token == eos_token:
            break
    return np.array(tokens)
