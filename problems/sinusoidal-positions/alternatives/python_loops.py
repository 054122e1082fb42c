"""Plain Python loops with math.sin and math.cos, one entry at a time, turned into an array at the end."""
import math

import numpy as np


def sinusoidal_positions(T, d):
    rows = []
    for t in range(T):
        row = []
        for i in range(d // 2):
            angle = t / math.pow(10000, 2 * i / d)
            row += [math.sin(angle), math.cos(angle)]
        rows.append(row)
    return np.array(rows).reshape(T, d)
