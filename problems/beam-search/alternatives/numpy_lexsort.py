"""Vectorised: a (beam, V) score matrix ranked with np.lexsort by score, then parent rank in lexicographic order, then token."""
import numpy as np


def beam_search(step_log_probs, start_token, beam_width, max_len, eos_token):
    if beam_width < 1 or max_len < 1:
        raise ValueError("need beam_width >= 1 and max_len >= 1")
    seqs = [[int(start_token)]]
    scores = np.zeros(1)
    done_seqs, done_scores = [], []
    for _ in range(max_len):
        # all beam sequences have the same length, so comparing children = comparing parents, then tokens
        parent_rank = np.empty(len(seqs), dtype=np.int64)
        parent_rank[sorted(range(len(seqs)), key=lambda i: seqs[i])] = np.arange(len(seqs))
        table = np.stack([np.asarray(step_log_probs(np.array(s, dtype=np.int64)), dtype=float) for s in seqs])
        total = scores[:, None] + table
        V = table.shape[1]
        parent = np.repeat(np.arange(len(seqs)), V)
        token = np.tile(np.arange(V), len(seqs))
        order = np.lexsort((token, parent_rank[parent], -total.reshape(-1)))[:beam_width]
        new_seqs, new_scores = [], []
        for k in order:
            seq = seqs[parent[k]] + [int(token[k])]
            if seq[-1] == eos_token:
                done_seqs.append(seq)
                done_scores.append(total.reshape(-1)[k])
            else:
                new_seqs.append(seq)
                new_scores.append(total.reshape(-1)[k])
        seqs, scores = new_seqs, np.array(new_scores)
        if not seqs:
            break
    pool = list(zip(done_seqs + seqs, done_scores + list(scores)))
    best_seq, best_score = min(pool, key=lambda c: (-c[1], c[0]))
    return np.array(best_seq, dtype=np.int64), float(best_score)
