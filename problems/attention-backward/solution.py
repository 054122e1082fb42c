import numpy as np


def attention_backward(dout, q, k, v):
    """Gradients of scaled dot-product attention (no mask).

    Forward: out = softmax(q @ k^T / sqrt(d)) @ v, softmax over the last axis (the keys).
    dout: float array (..., Tq, dv), the gradient of the loss with respect to out.
    q: (..., Tq, d); k: (..., Tk, d); v: (..., Tk, dv), with the same leading axes.
    Returns (dq, dk, dv), new float arrays with the shapes of q, k and v.
    """
    dout, q, k, v = (np.asarray(a, dtype=float) for a in (dout, q, k, v))
    scale = 1.0 / np.sqrt(q.shape[-1])
    scores = q @ np.swapaxes(k, -1, -2) * scale  # (..., Tq, Tk)
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))  # stable softmax
    p = p / p.sum(axis=-1, keepdims=True)
    dv = np.swapaxes(p, -1, -2) @ dout  # (..., Tk, dv)
    dp = dout @ np.swapaxes(v, -1, -2)  # (..., Tq, Tk)
    ds = p * (dp - (dp * p).sum(axis=-1, keepdims=True))  # softmax backward, row by row
    dq = ds @ k * scale  # (..., Tq, d)
    dk = np.swapaxes(ds, -1, -2) @ q * scale  # (..., Tk, d)
    return dq, dk, dv
