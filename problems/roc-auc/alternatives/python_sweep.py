"""Pure Python: sort (score, label) pairs and sweep tie groups, counting negatives seen so far."""


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    pairs = sorted(zip(scores.tolist(), y_true.tolist()))
    n_pos = sum(1 for _, y in pairs if y == 1)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    total = 0.0
    neg_below = 0
    i = 0
    while i < len(pairs):
        j = i
        pos_here = neg_here = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            if pairs[j][1] == 1:
                pos_here += 1
            else:
                neg_here += 1
            j += 1
        total += pos_here * (neg_below + 0.5 * neg_here)
        neg_below += neg_here
        i = j
    return total / (n_pos * n_neg)
