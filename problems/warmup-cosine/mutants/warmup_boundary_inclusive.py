"""Off-by-one at the boundary: step <= warmup_steps uses the warmup formula, overshooting base_lr.

Hint: 1
"""
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step <= warmup_steps and warmup_steps > 0:
        return base_lr * (step + 1) / warmup_steps
    if step > total_steps:
        return min_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
