import numpy as np


def gru_step(x, h_prev, Wx, Wh, bx, bh):
    """One GRU step in PyTorch's convention, blocks in the order r, z, n.

    x: (..., D); h_prev: (..., H); Wx: (D, 3H); Wh: (H, 3H); bx, bh: (3H,).
    r, z = sigmoid(x Wx + bx + h Wh + bh) on their blocks; n = tanh(x Wx_n + bx_n + r * (h Wh_n + bh_n));
    returns h = (1 - z) * n + z * h_prev, of the shape of h_prev.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x, h_prev = np.array([[1.0]]), np.array([[0.5]])
    Wx, Wh = np.array([[0.0, 0.0, 1.0]]), np.array([[2.0, 2.0, 2.0]])
    bx, bh = np.zeros(3), np.array([-1.0, 0.0, 0.5])
    print(gru_step(x, h_prev, Wx, Wh, bx, bh))
