"""Uses np.take_along_axis to pick the chosen log-probabilities and np.logaddexp.reduce for the log-sum-exp."""
import numpy as np


def reinforce_loss_and_grad(logits, actions, returns):
    logits = np.asarray(logits, dtype=float)
    actions = np.asarray(actions).astype(np.intp)
    returns = np.asarray(returns, dtype=float)
    if actions.shape != returns.shape or actions.shape != logits.shape[:1]:
        raise ValueError("actions, returns and logits disagree on T")
    log_probs = logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)
    chosen = np.take_along_axis(log_probs, actions[:, None], axis=1)[:, 0]
    weights = returns / len(returns)
    grad = np.exp(log_probs) * weights[:, None]
    np.put_along_axis(grad, actions[:, None], np.take_along_axis(grad, actions[:, None], axis=1) - weights[:, None], axis=1)
    return -np.dot(weights, chosen), grad
