"""Momentum SGD on the bowl f(x, y) = x^2 / 2 + 10 y^2 / 2, run with your step beside the reference's."""
import numpy as np

CURVATURE = np.array([1.0, 10.0])


def visual(solution):
    position, velocity = np.array([-4.0, 1.5]), np.zeros(2)
    xs, ys = [position[0]], [position[1]]
    for _ in range(40):
        grad = CURVATURE * position
        position, velocity = solution.sgd_momentum_step(position, grad, velocity, 0.05, momentum=0.9)
        position, velocity = np.asarray(position, dtype=float), np.asarray(velocity, dtype=float)
        xs.append(position[0])
        ys.append(position[1])
    angles = np.linspace(0, 2 * np.pi, 73)
    contours = [
        np.stack([np.sqrt(2 * level / CURVATURE[0]) * np.cos(angles), np.sqrt(2 * level / CURVATURE[1]) * np.sin(angles)], 1)
        for level in (0.5, 2.0, 4.5, 8.0)
    ]
    return {
        "kind": "path",
        "title": "40 steps of momentum SGD on a long, narrow bowl",
        "caption": "Level sets of f(x, y) = x²/2 + 5y²; momentum carries the path down the long axis while it oscillates across the narrow one.",
        "xlabel": "x", "ylabel": "y",
        "series": {"path": {"x": xs, "y": ys}},
        "contours": contours,
    }
