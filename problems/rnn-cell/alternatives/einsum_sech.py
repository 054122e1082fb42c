"""Uses einsum for every product and 1 / cosh(a)**2 as the derivative of tanh."""
import numpy as np


def rnn_step(x, h_prev, Wx, Wh, b):
    return np.tanh(np.einsum("bd,dh->bh", x, Wx) + np.einsum("bk,kh->bh", h_prev, Wh) + b)


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    a = np.einsum("bd,dh->bh", x, Wx) + np.einsum("bk,kh->bh", h_prev, Wh) + b
    with np.errstate(over="ignore"):
        da = dh / np.cosh(a) ** 2  # cosh overflows to inf for |a| > 710: 1 / inf = 0, the right limit
    return (np.einsum("bh,dh->bd", da, Wx), np.einsum("bh,kh->bk", da, Wh),
            np.einsum("bd,bh->dh", x, da), np.einsum("bk,bh->kh", h_prev, da), np.einsum("bh->h", da))
