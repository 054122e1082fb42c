"""Calls step_logits with only the last token, as if the model kept its own state."""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    tokens = [start_token]
    for _ in range(max_len):
        next_token = int(np.argmax(step_logits(np.array([tokens[-1]]))))
        tokens.append(next_token)
        if next_token == eos_token:
            break
    return np.array(tokens)
