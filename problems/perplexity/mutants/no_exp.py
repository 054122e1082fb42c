"""Returns the mean cross-entropy and forgets the final exp.

Hint: 2
"""
import numpy as np


def perplexity(logits, targets):
    s = logits - logits.max(axis=-1, keepdims=True)
    ce = np.log(np.exp(s).sum(axis=-1)) - s[np.arange(len(s)), targets]
    return float(np.mean(ce))
