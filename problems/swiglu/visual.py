"""The SwiGLU gate: silu(gate) * value for three values, from your layer beside the reference's."""
import numpy as np

VALUES = (2.0, 1.0, -1.0)


def visual(solution):
    g = np.linspace(-6.0, 6.0, 121)
    # x = (gate input, value input); W1 reads the gate, W3 the value, W2 sends the product to output 0.
    x = np.stack([np.stack([g, np.full_like(g, v)], axis=-1) for v in VALUES])  # (3, 121, 2): a batch of sequences
    W1 = np.array([[1.0], [0.0]])
    W3 = np.array([[0.0], [1.0]])
    W2 = np.array([[1.0, 0.0]])
    out = np.asarray(solution.swiglu_ffn(x.copy(), W1, W3, W2), dtype=float)
    if out.shape != x.shape:
        raise ValueError(f"swiglu_ffn returned shape {out.shape} for an input of shape {x.shape}")
    return {
        "kind": "lines",
        "title": "The gated product silu(g) · v",
        "caption": "With one hidden unit, the output is silu(x W1) · (x W3): the gate g = x W1 is near 0 for negative g and passes v through, "
                   "scaled by about g, for positive g. Each line is one value v; a sigmoid gate, a missing value branch or swapped branches reshape the curves.",
        "x": g,
        "xlabel": "gate input g = x W1",
        "ylabel": "output",
        "series": {f"value v = {v:g}": out[i, :, 0] for i, v in enumerate(VALUES)},
    }
