import numpy as np


def sigmoid(u):
    """Logistic sigmoid without overflow: 1/2 (1 + tanh(u / 2)) is the same function."""
    return 0.5 * (1.0 + np.tanh(0.5 * u))


def gru_step(x, h_prev, Wx, Wh, bx, bh):
    """One GRU step in PyTorch's convention, blocks in the order r, z, n.

    x: (..., D); h_prev: (..., H); Wx: (D, 3H); Wh: (H, 3H); bx, bh: (3H,).
    r, z = sigmoid(x Wx + bx + h Wh + bh) on their blocks; n = tanh(x Wx_n + bx_n + r * (h Wh_n + bh_n));
    returns h = (1 - z) * n + z * h_prev, of the shape of h_prev.
    """
    H = h_prev.shape[-1]
    gx = x @ Wx + bx
    gh = h_prev @ Wh + bh
    r = sigmoid(gx[..., :H] + gh[..., :H])
    z = sigmoid(gx[..., H:2 * H] + gh[..., H:2 * H])
    n = np.tanh(gx[..., 2 * H:] + r * gh[..., 2 * H:])
    return (1.0 - z) * n + z * h_prev
