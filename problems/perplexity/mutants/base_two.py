"""Raises 2 to the mean cross-entropy measured in nats: mixes log bases."""
import numpy as np


def perplexity(logits, targets):
    s = logits - logits.max(axis=-1, keepdims=True)
    ce = np.log(np.exp(s).sum(axis=-1)) - s[np.arange(len(s)), targets]
    return float(2.0 ** np.mean(ce))
