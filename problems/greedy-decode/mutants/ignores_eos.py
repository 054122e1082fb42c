"""Never stops at eos: always generates max_len tokens.

Hint: 2
"""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    for _ in range(max_len):
        tokens.append(int(np.argmax(step_logits(np.array(tokens)))))
    return np.array(tokens)
