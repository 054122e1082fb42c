"""A Python loop over the rows, counting strictly larger scores with a generator."""


def top_k_accuracy(logits, targets, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    if len(logits) == 0:
        raise ValueError("no rows")
    if len(targets) != len(logits):
        raise ValueError("length mismatch")
    hits = 0
    for row, t in zip(logits.tolist(), targets.tolist()):
        if not 0 <= t < len(row):
            raise ValueError("target out of range")
        hits += sum(v > row[t] for v in row) < k
    return hits / len(logits)
