"""Sets the finished candidates aside before cutting, so the beam is refilled to beam_width unfinished sequences.

Hint: 2
"""
import numpy as np


def beam_search(step_log_probs, start_token, beam_width, max_len, eos_token):
    if beam_width < 1 or max_len < 1:
        raise ValueError("beam_width and max_len must be at least 1")
    key = lambda c: (-c[1], c[0])
    beam, finished = [((int(start_token),), 0.0)], []
    for _ in range(max_len):
        cands = sorted([(t + (v,), s + lp) for t, s in beam for v, lp in enumerate(np.asarray(step_log_probs(np.array(t))).tolist())], key=key)
        finished += [c for c in cands[:beam_width] if c[0][-1] == eos_token]
        beam = [c for c in cands if c[0][-1] != eos_token][:beam_width]
        if not beam:
            break
    tokens, score = min(finished + beam, key=key)
    return np.array(tokens), float(score)
