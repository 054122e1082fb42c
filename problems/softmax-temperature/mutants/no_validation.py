"""Never checks the temperature: 0 gives nan and a negative T silently reverses the ranking.

Hint: 1
"""
import numpy as np


def softmax_with_temperature(logits, temperature):
    z = np.asarray(logits, dtype=float)
    z = (z - z.max(axis=-1, keepdims=True)) / temperature
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
