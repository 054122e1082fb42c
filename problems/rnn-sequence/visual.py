"""A small RNN reading two pulses: its hidden states over time, and how far back the last state's gradient reaches."""
import numpy as np

T, D, H = 24, 2, 8


def visual(solution):
    rng = np.random.default_rng(7)
    Wx = rng.normal(scale=1.0, size=(D, H))
    Wh = rng.normal(scale=1.0 / np.sqrt(H), size=(H, H))  # spectral radius near 1: memories fade over several steps
    b = np.zeros(H)
    xs = np.zeros((1, T, D))
    xs[0, 3, 0] = 2.0  # a pulse on input 0 at t = 3
    xs[0, 12, 1] = 2.0  # and on input 1 at t = 12
    h0 = np.zeros((1, H))
    hs = np.asarray(solution.rnn_forward(xs.copy(), h0.copy(), Wx.copy(), Wh.copy(), b.copy()), dtype=float)
    dhs = np.zeros((1, T, H))
    dhs[0, [11, T - 1]] = 1.0  # the loss reads out two states: the sums of h_11 and of the last one
    grads = solution.rnn_backward(dhs, xs.copy(), h0.copy(), Wx.copy(), Wh.copy(), b.copy())
    dxs = np.asarray(grads[0], dtype=float)
    return {
        "kind": "heatmaps",
        "title": "Hidden states over time, and the gradient flowing back",
        "caption": "Columns are time steps. Top: the 8 hidden units react to pulses at t = 3 and t = 12 and the response fades step by step, "
                   "carried by h_{t-1} Wh. Bottom: the gradient on each input x_t of a loss that reads h_11 and the last state; each readout's gradient shrinks as it flows backwards through time.",
        "panels": [
            {"title": "hidden state h_t (unit x time)", "z": hs[0].T},
            {"title": "gradient on x_t (input x time)", "z": dxs[0].T},
        ],
    }
