"""Computes in float32, with an explicit one-hot matrix from np.eye."""
import numpy as np


def reinforce_loss_and_grad(logits, actions, returns):
    z = np.asarray(logits, dtype=np.float32)
    T, A = z.shape
    if len(actions) != T or len(returns) != T:
        raise ValueError("actions and returns need one entry per row of logits")
    g = np.asarray(returns, dtype=np.float32)
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    onehot = np.eye(A, dtype=np.float32)[np.asarray(actions, dtype=np.intp)]
    loss = -(g * (log_p * onehot).sum(axis=1)).mean()
    return loss, (np.exp(log_p) - onehot) * g[:, None] / T
