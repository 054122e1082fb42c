"""Greedy actions first, then a boolean mask overwrites the exploring rows with their pre-drawn random actions."""
import numpy as np


def epsilon_greedy(q_values, epsilon, rng):
    if not (0.0 <= epsilon <= 1.0):
        raise ValueError("epsilon must lie in [0, 1]")
    explore = rng.random(len(q_values)) < epsilon
    random_actions = rng.integers(0, q_values.shape[1], size=len(q_values))
    actions = np.argmax(q_values, axis=-1)
    actions[explore] = random_actions[explore]
    return actions
