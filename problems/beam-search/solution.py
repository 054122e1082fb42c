import numpy as np


def _rank(candidate):
    """Sort key: higher score first; on equal scores the lexicographically smaller sequence."""
    tokens, score = candidate
    return (-score, tokens)


def beam_search(step_log_probs, start_token, beam_width, max_len, eos_token):
    """Beam search without length normalisation.

    step_log_probs(tokens): tokens a 1-D int array (start token first) -> log probabilities (V,).
    The beam starts as [start_token] with score 0. Each step extends every sequence in the beam by
    every token, keeps the beam_width best extensions by total score; the kept ones ending in
    eos_token are finished and leave the beam. Stops when the beam is empty or after max_len
    steps. Returns (tokens, score) of the best finished or remaining sequence, tokens a 1-D int
    array starting with start_token. Ties in score: the lexicographically smaller sequence wins.
    Raises ValueError if beam_width < 1 or max_len < 1.
    """
    if beam_width < 1 or max_len < 1:
        raise ValueError(f"beam_width and max_len must be at least 1, got {beam_width} and {max_len}")
    beam = [((int(start_token),), 0.0)]  # (tokens as a tuple, total log probability)
    finished = []
    for _ in range(max_len):
        candidates = []
        for tokens, score in beam:
            log_probs = np.asarray(step_log_probs(np.array(tokens, dtype=int)), dtype=float)
            for token, log_p in enumerate(log_probs.tolist()):
                candidates.append((tokens + (token,), score + log_p))
        kept = sorted(candidates, key=_rank)[:beam_width]
        finished += [c for c in kept if c[0][-1] == eos_token]
        beam = [c for c in kept if c[0][-1] != eos_token]
        if not beam:
            break
    tokens, score = min(finished + beam, key=_rank)
    return np.array(tokens, dtype=int), float(score)
