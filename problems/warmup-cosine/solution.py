import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    """Learning rate at `step` under linear warmup followed by cosine decay.

    step: int >= 0, the index of the training step (0 for the first step).
    base_lr: the peak learning rate; min_lr: the floor reached at total_steps (default 0.0).
    warmup_steps: int, 0 <= warmup_steps < total_steps.
    Returns a float:
        step <  warmup_steps:                 base_lr * (step + 1) / warmup_steps
        warmup_steps <= step <= total_steps:  min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(pi * progress)),
                                              progress = (step - warmup_steps) / (total_steps - warmup_steps)
        step >  total_steps:                  min_lr
    """
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    if step > total_steps:
        return float(min_lr)
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
