"""float32, a loop over batch entries and queries with the explicit softmax Jacobian diag(p) - p p^T."""
import numpy as np


def attention_backward(dout, q, k, v):
    dout, q, k, v = (np.asarray(a, dtype=np.float32) for a in (dout, q, k, v))
    scale = np.float32(1 / np.sqrt(q.shape[-1]))
    dq, dk, dv = np.zeros_like(q), np.zeros_like(k), np.zeros_like(v)
    for idx in np.ndindex(*q.shape[:-2]):
        for i in range(q.shape[-2]):
            s = k[idx] @ q[idx][i] * scale
            p = np.exp(s - s.max())
            p /= p.sum()
            dv[idx] += np.outer(p, dout[idx][i])
            ds = (np.diag(p) - np.outer(p, p)) @ (v[idx] @ dout[idx][i])
            dq[idx][i] = ds @ k[idx] * scale
            dk[idx] += np.outer(ds, q[idx][i]) * scale
    return dq, dk, dv
