import numpy as np


def gae(rewards, values, dones, gamma=0.99, lam=0.95):
    """Generalized advantage estimation over a buffer of T steps.

    rewards, dones: length T (dones: bools or 0/1 numbers, done_t = episode ended after step t);
    values: length T + 1, the bootstrap value V_T last.
    delta_t = r_t + gamma * V_{t+1} * (1 - done_t) - V_t;
    A_t = delta_t + gamma * lam * (1 - done_t) * A_{t+1}, A_T = 0; returns = A + values[:-1].
    Returns (advantages, returns), two new float arrays of shape (T,).
    Raises ValueError when len(values) != T + 1 or len(dones) != T.
    """
    rewards = np.asarray(rewards, dtype=float)
    values = np.asarray(values, dtype=float)
    dones = np.asarray(dones)
    T = len(rewards)
    if values.shape != (T + 1,):
        raise ValueError(f"values must have one entry more than rewards ({T}), got shape {values.shape}")
    if dones.shape != (T,):
        raise ValueError(f"dones must have length T = {T}, got shape {dones.shape}")
    not_done = 1.0 - dones.astype(float)
    deltas = rewards + gamma * values[1:] * not_done - values[:-1]
    advantages = np.empty(T)
    a = 0.0
    for t in range(T - 1, -1, -1):
        a = deltas[t] + gamma * lam * not_done[t] * a
        advantages[t] = a
    return advantages, advantages + values[:-1]
