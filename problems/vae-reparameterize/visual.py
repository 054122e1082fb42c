"""2,000 reparameterised samples of a 2-D Gaussian, drawn with your function beside the reference's."""
import numpy as np


def visual(solution):
    mu = np.tile([1.0, -0.5], (2000, 1))
    log_var = np.tile(np.log([0.25, 1.5]), (2000, 1))
    z = np.asarray(solution.reparameterize(mu.copy(), log_var.copy(), np.random.default_rng(7)), dtype=float)
    if z.shape != mu.shape:
        raise ValueError(f"reparameterize returned shape {z.shape} for mu of shape {mu.shape}")
    return {
        "kind": "points",
        "title": "z = mu + exp(log_var / 2) * eps, 2,000 times",
        "caption": "The cloud should be centred on mu = (1, -0.5) (the cross), with standard deviations 0.5 across and about 1.22 up and down.",
        "points": {"x": z[:, 0], "y": z[:, 1], "group": np.zeros(len(z), dtype=int)},
        "marks": {"x": [1.0], "y": [-0.5]},
    }
