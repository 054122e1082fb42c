import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    """Run a vanilla RNN over a sequence: h_t = tanh(x_t @ Wx + h_{t-1} @ Wh + b).

    xs: (B, T, D); h0: (B, H); Wx: (D, H); Wh: (H, H); b: (H,).
    Returns hs, a float array (B, T, H): hs[:, t] is the state after reading xs[:, t].
    """
    B, T, _ = xs.shape
    hs = np.zeros((B, T, h0.shape[1]))
    h = h0
    for t in range(T):
        h = np.tanh(xs[:, t] @ Wx + h @ Wh + b)
        hs[:, t] = h
    return hs


def rnn_backward(dhs, xs, h0, Wx, Wh, b):
    """Backpropagation through time for rnn_forward.

    dhs: (B, T, H), the direct gradient of the loss on every state hs[:, t].
    Returns (dxs, dh0, dWx, dWh, db) with the shapes of xs, h0, Wx, Wh and b; the parameter
    gradients are summed over the batch and over time.
    """
    hs = rnn_forward(xs, h0, Wx, Wh, b)
    T = xs.shape[1]
    dxs = np.zeros(xs.shape)
    dWx = np.zeros(Wx.shape)
    dWh = np.zeros(Wh.shape)
    db = np.zeros(b.shape)
    dh_next = np.zeros(h0.shape)  # the gradient step t + 1 sends back to state t
    for t in reversed(range(T)):
        h_prev = hs[:, t - 1] if t > 0 else h0
        da = (dhs[:, t] + dh_next) * (1.0 - hs[:, t] ** 2)
        dxs[:, t] = da @ Wx.T
        dWx += xs[:, t].T @ da
        dWh += h_prev.T @ da
        db += da.sum(axis=0)
        dh_next = da @ Wh.T
    return dxs, dh_next, dWx, dWh, db
