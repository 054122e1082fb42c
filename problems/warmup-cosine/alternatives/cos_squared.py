"""Uses the identity 0.5 * (1 + cos(pi p)) = cos(pi p / 2)**2 and min() for the warmup factor."""
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if warmup_steps > 0 and step < warmup_steps:
        return base_lr * min(1.0, (step + 1) / warmup_steps)
    progress = min(1.0, max(0.0, (step - warmup_steps) / (total_steps - warmup_steps)))
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * progress / 2) ** 2
