"""Cosine part forgets to add min_lr back: 0.5 * (base_lr - min_lr) * (1 + cos), which ends at 0.

Hint: 2
"""
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    if step > total_steps:
        return min_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
