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
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    param = np.array([1.0, -1.0, 0.5])
    grad = np.array([0.5, -2.0, 0.0])
    new_param, new_m, new_v = adamw_step(param, grad, np.zeros(3), np.zeros(3), t=1, lr=0.1, weight_decay=0.1)
    print(new_param)
    print(new_m)
    print(new_v)
