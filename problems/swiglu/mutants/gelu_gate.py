"""Gates with GELU (GeGLU) instead of SiLU."""
import numpy as np


def swiglu_ffn(x, W1, W3, W2):
    g = x @ W1
    gate = 0.5 * g * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (g + 0.044715 * g**3)))
    return (gate * (x @ W3)) @ W2
