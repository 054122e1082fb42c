"""Each pair as a complex number a + ib, multiplied by exp(i * angle) (the Llama-style formulation)."""
import numpy as np


def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    freqs = 1.0 / base ** (np.arange(0, d, 2, dtype=float) / d)
    z = x[..., 0::2] + 1j * x[..., 1::2]
    z = z * np.exp(1j * np.outer(np.asarray(positions, dtype=float), freqs))
    return np.stack([z.real, z.imag], axis=-1).reshape(x.shape)
