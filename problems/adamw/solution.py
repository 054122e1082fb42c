import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    """One AdamW step: decoupled weight decay, then the Adam update.

    param, grad, m, v: float arrays of the same shape (any shape); m and v are the raw running
    moments from the previous step (zeros before the first step).
    t: the step number, counting from 1.
    Returns (new_param, new_m, new_v), three NEW arrays of that shape (new_m, new_v raw, as in Adam):
        decayed   = param * (1 - lr * weight_decay)
        new_m     = beta1 * m + (1 - beta1) * grad          (grad alone: no decay term in it)
        new_v     = beta2 * v + (1 - beta2) * grad**2
        new_param = decayed - lr * m_hat / (sqrt(v_hat) + eps)
    with m_hat = new_m / (1 - beta1**t) and v_hat = new_v / (1 - beta2**t).
    The caller's arrays are left unchanged.
    """
    g = np.asarray(grad, dtype=float)
    decayed = np.asarray(param, dtype=float) * (1 - lr * weight_decay)
    new_m = beta1 * np.asarray(m, dtype=float) + (1 - beta1) * g
    new_v = beta2 * np.asarray(v, dtype=float) + (1 - beta2) * g * g
    m_hat = new_m / (1 - beta1**t)
    v_hat = new_v / (1 - beta2**t)
    new_param = decayed - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_param, new_m, new_v
