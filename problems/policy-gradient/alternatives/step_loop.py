"""Loops over the steps with a logsumexp per row, accumulating the loss and filling the gradient row by row."""
import math

import numpy as np


def reinforce_loss_and_grad(logits, actions, returns):
    T = len(logits)
    if len(actions) != T or len(returns) != T:
        raise ValueError("length mismatch")
    total = 0.0
    grad = np.zeros((T, len(logits[0])))
    for t in range(T):
        z = [float(v) for v in logits[t]]
        m = max(z)
        lse = m + math.log(sum(math.exp(v - m) for v in z))
        a = int(actions[t])
        total += returns[t] * (z[a] - lse)
        for j, v in enumerate(z):
            grad[t, j] = returns[t] / T * (math.exp(v - lse) - (1.0 if j == a else 0.0))
    return -total / T, grad
