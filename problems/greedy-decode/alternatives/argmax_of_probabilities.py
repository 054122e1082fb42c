"""Takes the argmax of the softmax probabilities (the same token as the argmax of the logits)."""
import numpy as np


def greedy_decode(step_logits, start_token, max_len, eos_token):
    out = [start_token]
    for _ in range(max_len):
        z = np.asarray(step_logits(np.asarray(out, dtype=int)), dtype=float)
        probs = np.exp(z - z.max())
        probs /= probs.sum()
        out.append(int(probs.argmax()))
        if out[-1] == eos_token:
            break
    return np.asarray(out, dtype=int)
