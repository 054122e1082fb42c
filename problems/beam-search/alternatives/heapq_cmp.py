"""heapq.nsmallest with a comparison function (functools.cmp_to_key) spelling out score, then lexicographic order."""
import functools
import heapq

import numpy as np


def _compare(a, b):
    if a[1] != b[1]:
        return -1 if a[1] > b[1] else 1
    if a[0] != b[0]:
        return -1 if a[0] < b[0] else 1
    return 0


def beam_search(step_log_probs, start_token, beam_width, max_len, eos_token):
    if not (beam_width >= 1 and max_len >= 1):
        raise ValueError("invalid beam_width or max_len")
    key = functools.cmp_to_key(_compare)
    beam = [([int(start_token)], 0.0)]
    finished = []
    step = 0
    while beam and step < max_len:
        step += 1
        candidates = []
        for seq, score in beam:
            log_probs = step_log_probs(np.asarray(seq, dtype=np.int32))
            candidates.extend((seq + [v], score + float(lp)) for v, lp in enumerate(log_probs))
        kept = heapq.nsmallest(beam_width, candidates, key=key)
        finished.extend(c for c in kept if c[0][-1] == eos_token)
        beam = [c for c in kept if c[0][-1] != eos_token]
    best = min(finished + beam, key=key)
    return np.asarray(best[0], dtype=np.int32), best[1]
