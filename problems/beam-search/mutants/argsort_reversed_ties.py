"""Selects with np.argsort(scores)[::-1], so among equal scores the candidate generated last (larger token id) wins.

Hint: 2
"""
import numpy as np


def beam_search(step_log_probs, start_token, beam_width, max_len, eos_token):
    if beam_width < 1 or max_len < 1:
        raise ValueError("beam_width and max_len must be at least 1")
    key = lambda c: (-c[1], c[0])
    beam, finished = [((int(start_token),), 0.0)], []
    for _ in range(max_len):
        cands = [(t + (v,), s + lp) for t, s in beam for v, lp in enumerate(np.asarray(step_log_probs(np.array(t))).tolist())]
        order = np.argsort(np.array([c[1] for c in cands]), kind="stable")[::-1][:beam_width]
        kept = [cands[i] for i in order]
        finished += [c for c in kept if c[0][-1] == eos_token]
        beam = [c for c in kept if c[0][-1] != eos_token]
        if not beam:
            break
    everything = finished + beam
    best = max(range(len(everything)), key=lambda i: (everything[i][1], i))
    return np.array(everything[best][0]), float(everything[best][1])
