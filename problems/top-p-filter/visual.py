"""Top-p (p = 0.9) on a confident and an unsure row of 24 tokens: the probability mass kept, by rank."""
import numpy as np

V, P = 24, 0.9


def visual(solution):
    rank = np.arange(V)
    confident = -0.8 * rank  # a few tokens hold almost all the mass
    unsure = -0.16 * (rank // 2) * 2  # a flat row, its tokens in tied pairs
    shuffle = np.random.default_rng(2).permutation(V)  # the model's token order is not the ranking
    logits = np.stack([confident, unsure])[:, shuffle]
    out = np.asarray(solution.top_p_filter(logits.copy(), P), dtype=float)
    if out.shape != logits.shape:
        raise ValueError(f"top_p_filter returned shape {out.shape} for logits of shape {logits.shape}")
    probs = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    by_rank = np.argsort(-probs, axis=-1, kind="stable")  # draw tokens from most to least probable
    probs = np.take_along_axis(probs, by_rank, axis=-1)
    kept = np.take_along_axis(np.isfinite(out), by_rank, axis=-1)
    total, kept_total = np.cumsum(probs, axis=-1), np.cumsum(np.where(kept, probs, 0.0), axis=-1)
    return {
        "kind": "lines",
        "title": "Top-p with p = 0.9: how many tokens it keeps",
        "caption": "Running sums of probability over the tokens from most to least probable; the kept sum follows the full one until it reaches p = 0.9, then goes flat. "
                   "The confident row keeps only a few tokens, the unsure row many, and a token tied with the last one kept is kept too.",
        "x": rank + 1,
        "xlabel": "token rank (1 = most probable)",
        "ylabel": "cumulative probability",
        "series": {
            "confident row: all tokens": total[0],
            "confident row: kept": kept_total[0],
            "unsure row: all tokens": total[1],
            "unsure row: kept": kept_total[1],
            "p": np.full(V, P),
        },
    }
