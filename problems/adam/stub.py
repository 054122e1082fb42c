import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """One Adam step with bias correction.

    param, grad, m, v: float arrays of the same shape (any shape); m and v are the running
    first and second moments from the previous step (zeros before the first step).
    t: the step number, counting from 1 (t = 1 on the first call).
    Returns (new_param, new_m, new_v), three NEW arrays of that shape, where new_m and new_v are
    the RAW moments (not bias-corrected); the bias-corrected m_hat and v_hat are used only inside
    the parameter update:
        new_m = beta1 * m + (1 - beta1) * grad
        new_v = beta2 * v + (1 - beta2) * grad**2
        m_hat = new_m / (1 - beta1**t),  v_hat = new_v / (1 - beta2**t)
        new_param = param - lr * m_hat / (sqrt(v_hat) + eps)
    The caller's arrays are left unchanged.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    param = np.array([1.0, -1.0, 0.5])
    grad = np.array([0.5, -2.0, 0.0])
    new_param, new_m, new_v = adam_step(param, grad, np.zeros(3), np.zeros(3), t=1, lr=0.1)
    print(new_param)
    print(new_m)
    print(new_v)
