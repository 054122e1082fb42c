"""Clips each entry to [-max_norm, max_norm] (clipping by value) instead of rescaling by the norm.

Hint: 2
"""
import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g**2) for g in grads)))
    return [np.clip(g, -max_norm, max_norm) for g in grads], total
