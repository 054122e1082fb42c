"""sigmoid and its derivative over [-8, 8], from your functions beside the reference's."""
import numpy as np


def visual(solution):
    x = np.linspace(-8.0, 8.0, 161)
    return {
        "kind": "lines",
        "title": "sigmoid(x) and sigmoid'(x)",
        "caption": "The S-curve squashes every input into (0, 1); its slope peaks at 1/4 at x = 0 and vanishes in the tails. Reference thick, yours dashed.",
        "x": x,
        "xlabel": "x",
        "series": {"sigmoid(x)": solution.sigmoid(x.copy()), "sigmoid'(x)": solution.sigmoid_grad(x.copy())},
    }
