import math
from collections import Counter


def bleu(candidate, references, max_n=4):
    """Sentence-level BLEU of a candidate token list against reference token lists, no smoothing.

    Clipped n-gram precisions p_1 .. p_max_n (each candidate n-gram credited at most its largest
    count in a single reference), their geometric mean, times the brevity penalty
    1 if c > r else exp(1 - r / c), r the reference length closest to c (ties: the shorter).
    Exactly 0.0 for an empty candidate, an order without candidate n-grams, or some p_n = 0.
    Raises ValueError when max_n < 1 or references is empty.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    cand = "the cat sat on the mat".split()
    refs = ["the cat is on the mat".split()]
    print(bleu(cand, refs, max_n=3))
    print(bleu(cand, refs))
