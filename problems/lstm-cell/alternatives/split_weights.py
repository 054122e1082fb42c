"""Multiplies x and h_prev by the two row blocks of W separately, with a clipped naive sigmoid."""
import numpy as np


def sigmoid(u):
    return 1.0 / (1.0 + np.exp(-np.clip(u, -500, 500)))


def lstm_step(x, h_prev, c_prev, W, b):
    D = x.shape[-1]
    H = h_prev.shape[-1]
    z = x @ W[:D] + h_prev @ W[D:] + b
    gates = [z[..., k * H:(k + 1) * H] for k in range(4)]
    i, f, o = sigmoid(gates[0]), sigmoid(gates[1]), sigmoid(gates[3])
    g = np.tanh(gates[2])
    c = c_prev * f + g * i
    h = np.tanh(c) * o
    return h, c
