import numpy as np


def rnn_step(x, h_prev, Wx, Wh, b):
    """One step of a vanilla RNN: h = tanh(x @ Wx + h_prev @ Wh + b).

    x: (B, D); h_prev: (B, H); Wx: (D, H); Wh: (H, H); b: (H,).
    Returns the new state, a float array (B, H).
    """
    raise NotImplementedError


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    """Gradients of rnn_step, given dh = dL/dh of shape (B, H).

    Returns (dx, dh_prev, dWx, dWh, db) with the shapes of x, h_prev, Wx, Wh and b;
    the parameter gradients are summed over the batch.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 2.0]])
    h_prev = np.array([[0.5, -0.5]])
    Wx = np.array([[0.1, 0.2], [0.3, -0.1]])
    Wh = np.array([[0.2, 0.0], [0.4, 0.6]])
    b = np.array([0.0, 0.3])
    print(rnn_step(x, h_prev, Wx, Wh, b))
