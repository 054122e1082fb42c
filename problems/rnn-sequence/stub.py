import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    """Run a vanilla RNN over a sequence: h_t = tanh(x_t @ Wx + h_{t-1} @ Wh + b).

    xs: (B, T, D); h0: (B, H); Wx: (D, H); Wh: (H, H); b: (H,).
    Returns hs, a float array (B, T, H): hs[:, t] is the state after reading xs[:, t].
    """
    raise NotImplementedError


def rnn_backward(dhs, xs, h0, Wx, Wh, b):
    """Backpropagation through time for rnn_forward.

    dhs: (B, T, H), the direct gradient of the loss on every state hs[:, t].
    Returns (dxs, dh0, dWx, dWh, db) with the shapes of xs, h0, Wx, Wh and b; the parameter
    gradients are summed over the batch and over time.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    xs = np.array([[[1.0], [0.0], [-1.0]]])
    h0, Wx, Wh, b = np.zeros((1, 1)), np.array([[1.0]]), np.array([[0.5]]), np.zeros(1)
    print(rnn_forward(xs, h0, Wx, Wh, b))
