"""A plain Python loop over examples with the math module, both branches of the stable sigmoid written out."""
import math

import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    n, d = X.shape
    loss = 0.0
    dw = np.zeros(d)
    db = 0.0
    for i in range(n):
        z = float(np.dot(X[i], w)) + b
        if z >= 0:
            softplus = z + math.log1p(math.exp(-z))
            p = 1.0 / (1.0 + math.exp(-z))
        else:
            softplus = math.log1p(math.exp(z))
            p = math.exp(z) / (1.0 + math.exp(z))
        loss += softplus - y[i] * z
        dw += (p - y[i]) * X[i]
        db += p - y[i]
    return loss / n, dw / n, db / n
