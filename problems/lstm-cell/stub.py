import numpy as np


def lstm_step(x, h_prev, c_prev, W, b):
    """One LSTM step with gate blocks i, f, g, o.

    x: (..., D); h_prev, c_prev: (..., H); W: (D + H, 4H); b: (4H,).
    z = concatenate([x, h_prev], -1) @ W + b; i, f, o = sigmoid of their blocks, g = tanh of its block;
    c = f * c_prev + i * g; h = o * tanh(c). Returns (h, c), each of the shape of h_prev.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x, h_prev, c_prev = np.array([[1.0]]), np.array([[0.5]]), np.array([[2.0]])
    W = np.array([[0.0, 2.0, 1.0, -1.0], [2.0, 0.0, 0.0, 0.0]])
    b = np.array([-1.0, 0.0, 0.0, 0.0])
    print(lstm_step(x, h_prev, c_prev, W, b))
