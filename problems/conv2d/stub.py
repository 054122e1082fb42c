import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    """2-D convolution layer (cross-correlation, as in deep-learning libraries).

    x: float array (N, C_in, H, W); w: float array (C_out, C_in, KH, KW); b: float array (C_out,).
    stride: int >= 1; padding: int >= 0 zeros added on every side of H and W.
    Returns a float array (N, C_out, H_out, W_out) with H_out = (H + 2 padding - KH) // stride + 1
    (W_out likewise).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.arange(9.0).reshape(1, 1, 3, 3)
    w = np.array([[1.0, 2.0], [0.0, -1.0]]).reshape(1, 1, 2, 2)
    b = np.array([0.5])
    print(conv2d(x, w, b))
    print(conv2d(x, w, b, stride=2, padding=1))
