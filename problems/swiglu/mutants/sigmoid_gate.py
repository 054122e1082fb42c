"""Gates with sigmoid(x @ W1) (plain GLU) instead of silu(x @ W1) = (x @ W1) * sigmoid(x @ W1)."""
import numpy as np


def swiglu_ffn(x, W1, W3, W2):
    gate = 0.5 * (1.0 + np.tanh(0.5 * (x @ W1)))
    return (gate * (x @ W3)) @ W2
