"""Computes the warmup fraction before checking the phase: ZeroDivisionError when warmup_steps is 0.

Hint: 1
"""
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    warm = (step + 1) / warmup_steps
    if step < warmup_steps:
        return base_lr * warm
    if step > total_steps:
        return min_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
