"""An L-shaped 12 x 12 image through three 3 x 3 kernels of your conv2d beside the reference's."""
import numpy as np


def visual(solution):
    image = np.zeros((12, 12))
    image[2:10, 2:5] = 1.0  # the upright bar of an L
    image[7:10, 2:10] = 1.0  # its foot
    identity = np.zeros((3, 3))
    identity[1, 1] = 1.0
    sobel_x = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])  # brighter to the right: positive
    x = image.reshape(1, 1, 12, 12)
    w = np.stack([identity, sobel_x]).reshape(2, 1, 3, 3)
    same = np.asarray(solution.conv2d(x.copy(), w.copy(), np.zeros(2), stride=1, padding=1), dtype=float)
    strided = np.asarray(solution.conv2d(x.copy(), sobel_x.T.reshape(1, 1, 3, 3).copy(), np.zeros(1), stride=2, padding=1), dtype=float)
    return {
        "kind": "heatmaps",
        "title": "An L-shaped image through three kernels",
        "caption": "Padding 1 keeps the 12 x 12 size: the centre-one kernel copies the image, the vertical-edge kernel is positive on the L's left edges "
                   "and negative on its right ones, and stride 2 halves the size. A flipped kernel swaps the signs; wrong padding shifts or crops the L.",
        "panels": [
            {"title": "centre-one kernel, padding 1", "z": same[0, 0]},
            {"title": "vertical-edge kernel, padding 1", "z": same[0, 1]},
            {"title": "horizontal-edge kernel, stride 2", "z": strided[0, 0]},
        ],
    }
